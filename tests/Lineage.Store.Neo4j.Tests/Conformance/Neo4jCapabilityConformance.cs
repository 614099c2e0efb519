using Lineage.Conformance;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>An emptied live Neo4j (LINEAGE_TEST_NEO4J_URI, _USER, _PASSWORD) per test, for the capability suites.</summary>
internal sealed class Neo4jTestDatabase
{
    private ServiceProvider? _services;

    public async Task<ILineageStore> CreateEmptyStoreAsync()
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

    public async Task ReleaseAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}

[RequiresNeo4j]
public sealed class Neo4jEntityConformance : EntityConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}

[RequiresNeo4j]
public sealed class Neo4jFlowConformance : FlowConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}

[RequiresNeo4j]
public sealed class Neo4jSearchConformance : SearchConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}

[RequiresNeo4j]
public sealed class Neo4jLineageBatchConformance : LineageBatchConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}
