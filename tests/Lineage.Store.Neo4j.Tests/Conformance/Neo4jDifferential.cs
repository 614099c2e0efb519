using Lineage.Conformance;
using Lineage.Conformance.Differential;
using Lineage.Core.Model;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The Neo4j store against the reference reading of the rules on random graphs, one graph at a time in the shared database.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jDifferential(Neo4jDatabase database, DifferentialReport report) : DifferentialConformance(report)
{
    private readonly Dictionary<IAnswering, IAsyncDisposable> _services = [];

    protected override int Graphs => 30;

    protected override string Subject => "Neo4j store";

    protected override async Task<IAnswering> LoadAsync(Dataset dataset)
    {
        var (store, services) = await database.CreateEmptyStoreAsync();
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(dataset, CancellationToken.None);
        var subject = new StoreAnswering(store);
        _services[subject] = services;
        return subject;
    }

    protected override async Task UnloadAsync(IAnswering subject)
    {
        await _services[subject].DisposeAsync();
        _services.Remove(subject);
    }
}
