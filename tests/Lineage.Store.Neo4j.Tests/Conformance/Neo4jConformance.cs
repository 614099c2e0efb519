using Lineage.Conformance;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// The store conformance suite against a live Neo4j (LINEAGE_TEST_NEO4J_URI, _USER, _PASSWORD); skipped with the
/// reason printed when none is configured. Each test starts from an emptied database.
/// </summary>
[RequiresNeo4j]
public sealed class Neo4jConformance : StoreConformance
{
    private ServiceProvider? _services;

    protected override async Task<ILineageStore> CreateEmptyStoreAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lineage:Neo4j:Uri"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.UriVariable),
            ["Lineage:Neo4j:User"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.UserVariable),
            ["Lineage:Neo4j:Password"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.PasswordVariable),
        }).Build();
        _services = new ServiceCollection().AddNeo4jStore(configuration).BuildServiceProvider();
        var client = _services.GetRequiredService<QueryApiClient>();
        await client.RunAsync(CypherFiles.Get("delete-everything.cypher").Text, null, AccessMode.Write, CancellationToken.None);
        return _services.GetRequiredService<ILineageStore>();
    }

    protected override async Task DestroyStoreAsync(ILineageStore store)
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
