using System.Collections.Concurrent;
using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Core.Store;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// The real store, every port call counted: one call is one store round trip. Decorates the real SQLite store,
/// never a fake, so what is counted is what the service does.
/// </summary>
public sealed class CountingStore(ILineageStore store) : ILineageStore, IEntityQueries, IFlowQueries, ISearchQueries, ILineageBatchQueries
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    public string Describe() => string.Join(", ", _calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} ×{c.Value}"));

    private T Count<T>(string method, T result)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }

    private TPort Port<TPort>() where TPort : class => (TPort)(object)store;

    public Task InitializeAsync(CancellationToken cancellationToken) => Count(nameof(InitializeAsync), store.InitializeAsync(cancellationToken));
    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => Count(nameof(CheckHealthAsync), store.CheckHealthAsync(cancellationToken));
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => Count(nameof(IsEmptyAsync), store.IsEmptyAsync(cancellationToken));
    public Task<string> GetDataVersionAsync(CancellationToken cancellationToken) => Count(nameof(GetDataVersionAsync), store.GetDataVersionAsync(cancellationToken));
    public Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken) => Count(nameof(ImportAsync), store.ImportAsync(dataset, cancellationToken));
    public Task<ImportReport> PlanImportAsync(Dataset dataset, CancellationToken cancellationToken) => Count(nameof(PlanImportAsync), store.PlanImportAsync(dataset, cancellationToken));
    public Task<Dataset> ExportAsync(CancellationToken cancellationToken) => Count(nameof(ExportAsync), store.ExportAsync(cancellationToken));
    public Task<IReadOnlyList<INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(nameof(GetNodesAsync), store.GetNodesAsync(ids, cancellationToken));
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken) => Count(nameof(ListNodesAsync), store.ListNodesAsync(query, cancellationToken));
    public Task<IReadOnlyList<Transfer>> GetTransfersAsync(IReadOnlyCollection<string> programIds, TransferDirection direction, CancellationToken cancellationToken) =>
        Count(nameof(GetTransfersAsync), store.GetTransfersAsync(programIds, direction, cancellationToken));
    public Task<LineagePage> QueryLineageAsync(LineageQuery query, CancellationToken cancellationToken) => Count(nameof(QueryLineageAsync), store.QueryLineageAsync(query, cancellationToken));

    public Task<NodePage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken) => Count(nameof(ListEntitiesAsync), Port<IEntityQueries>().ListEntitiesAsync(query, cancellationToken));
    public Task<IReadOnlyList<Reference>> GetReferencingAsync(NodeKind kind, Relation relation, IReadOnlyCollection<string> targets, CancellationToken cancellationToken) =>
        Count(nameof(GetReferencingAsync), Port<IEntityQueries>().GetReferencingAsync(kind, relation, targets, cancellationToken));
    public Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken) => Count(nameof(QueryFlowsAsync), Port<IFlowQueries>().QueryFlowsAsync(query, cancellationToken));
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Count(nameof(SearchAsync), Port<ISearchQueries>().SearchAsync(query, cancellationToken));
    public Task<IReadOnlyList<LineagePage>> QueryLineageManyAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken) =>
        Count(nameof(QueryLineageManyAsync), Port<ILineageBatchQueries>().QueryLineageManyAsync(queries, cancellationToken));
}
