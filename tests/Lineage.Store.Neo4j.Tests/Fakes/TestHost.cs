using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>
/// The store and client as the server registers them (AddNeo4jStore, the real resilience pipeline), with the fake
/// Neo4j as the primary handler and delays shrunk so that fault tests take milliseconds.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    public const string Uri = "http://neo4j.test:7474";

    private readonly ServiceProvider _services;

    public TestHost(FakeNeo4j fake, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Lineage:Neo4j:Uri"] = Uri,
            ["Lineage:Neo4j:User"] = "neo4j",
            ["Lineage:Neo4j:Password"] = "secret",
            ["Lineage:Neo4j:RetryBaseDelay"] = "00:00:00.001",
            ["Lineage:Neo4j:MaxRetryAttempts"] = "3",
            ["Lineage:Neo4j:AttemptTimeout"] = "00:00:05",
            ["Lineage:Neo4j:TotalTimeout"] = "00:00:10",
            // High enough that only the breaker tests trip the breaker.
            ["Lineage:Neo4j:BreakerMinimumThroughput"] = "1000",
            ["Lineage:Neo4j:BreakDuration"] = "00:00:00.5",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[$"Lineage:Neo4j:{k}"] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddNeo4jStore(configuration);
        services.AddHttpClient(QueryApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake);
        _services = services.BuildServiceProvider();
    }

    public QueryApiClient Client => _services.GetRequiredService<QueryApiClient>();

    public ILineageStore Store => _services.GetRequiredService<ILineageStore>();

    /// <summary>A port as AddNeo4jStore registers it (the exploration capabilities).</summary>
    public T Port<T>() where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
