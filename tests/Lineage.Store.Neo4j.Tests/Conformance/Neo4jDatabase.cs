using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// Every test class that needs a live Neo4j belongs to this one collection: they share one database, so they run one at
/// a time and none can empty the database under another.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jDatabaseCollectionDefinition : ICollectionFixture<Neo4jDatabase>
{
    public const string Name = "Neo4j database";
}

/// <summary>
/// The live database of LINEAGE_TEST_NEO4J_URI for the whole collection. It refuses to touch a database holding data
/// that no test run left (it empties the database before every test), marks the database as the run's, and removes
/// every trace of the run at the end. Without a configured Neo4j it does nothing (the tests are reported skipped).
/// </summary>
public sealed class Neo4jDatabase : IAsyncLifetime
{
    private ServiceProvider? _admin;

    public async Task InitializeAsync()
    {
        if (RequiresNeo4jAttribute.SkipReason is not null) return;
        _admin = NewServices();
        var client = _admin.GetRequiredService<QueryApiClient>();
        var state = (await client.RunAsync(CypherFiles.Get("test-run-begin.cypher").Text, null, AccessMode.Read, CancellationToken.None)).OnlyRecord();
        if (state.GetInt64("markers") == 0 && state.GetInt64("foreign") > 0)
            throw new InvalidOperationException(
                $"{RequiresNeo4jAttribute.UriVariable} points at a database that holds {state.GetInt64("foreign")} nodes no test run left. " +
                "The Neo4j conformance suite empties its database before every test: point it at an empty database (a neo4j:5 container, or a database of its own).");
        await client.RunAsync(CypherFiles.Get("test-run-mark.cypher").Text, null, AccessMode.Write, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_admin is null) return;
        await _admin.GetRequiredService<QueryApiClient>().RunAsync(CypherFiles.Get("test-run-end.cypher").Text, null, AccessMode.Write, CancellationToken.None);
        await _admin.DisposeAsync();
    }

    /// <summary>An emptied database and a new store on it (its own services, so no cache survives from another test).</summary>
    public async Task<(ILineageStore Store, IAsyncDisposable Services)> CreateEmptyStoreAsync()
    {
        var admin = _admin ?? throw new InvalidOperationException("No Neo4j is configured; the test should have been skipped.");
        await admin.GetRequiredService<QueryApiClient>().RunAsync(CypherFiles.Get("delete-everything.cypher").Text, null, AccessMode.Write, CancellationToken.None);
        var services = NewServices();
        return (services.GetRequiredService<ILineageStore>(), services);
    }

    /// <summary>A second store on the same database, as another process would have.</summary>
    public static (ILineageStore Store, IAsyncDisposable Services) OpenStore()
    {
        var services = NewServices();
        return (services.GetRequiredService<ILineageStore>(), services);
    }

    private static ServiceProvider NewServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lineage:Neo4j:Uri"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.UriVariable),
            ["Lineage:Neo4j:User"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.UserVariable),
            ["Lineage:Neo4j:Password"] = Environment.GetEnvironmentVariable(RequiresNeo4jAttribute.PasswordVariable),
        }).Build();
        return new ServiceCollection().AddNeo4jStore(configuration).BuildServiceProvider();
    }
}

/// <summary>One test's store on the shared database: an emptied database and services of its own, released after the test.</summary>
public sealed class Neo4jStoreLease(Neo4jDatabase database)
{
    private IAsyncDisposable? _services;

    public async Task<ILineageStore> CreateAsync()
    {
        (var store, _services) = await database.CreateEmptyStoreAsync();
        return store;
    }

    public async Task ReleaseAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
