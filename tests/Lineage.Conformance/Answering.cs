using Lineage.Core.Engine;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Conformance;

/// <summary>Something that answers lineage and flows questions over one loaded graph: the engine, or a store.</summary>
public interface IAnswering
{
    Task<LineagePage> LineageAsync(LineageQuery query);

    Task<IReadOnlyList<LineagePage>> LineageManyAsync(IReadOnlyList<LineageQuery> queries);

    Task<IReadOnlyList<FlowRow>> FlowsAsync(FlowQuery query);
}

/// <summary>The engine itself over a dataset, as Jaeger's suite runs on its memory store.</summary>
public sealed class EngineAnswering(Dataset dataset) : IAnswering
{
    private readonly LineageGraph _graph = LineageGraph.Of(dataset);
    private readonly Dictionary<string, Transfer> _transfers = dataset.Transfers.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public Task<LineagePage> LineageAsync(LineageQuery query) => Task.FromResult(LineageEngine.Answer(_graph, query).ToPage(_transfers));

    public Task<IReadOnlyList<LineagePage>> LineageManyAsync(IReadOnlyList<LineageQuery> queries) =>
        Task.FromResult<IReadOnlyList<LineagePage>>(queries.Select(q => LineageEngine.Answer(_graph, q).ToPage(_transfers)).ToList());

    public Task<IReadOnlyList<FlowRow>> FlowsAsync(FlowQuery query) => Task.FromResult(FlowEngine.Answer(_graph, query));
}

/// <summary>A store through its ports; a store must implement every capability port.</summary>
public sealed class StoreAnswering(ILineageStore store) : IAnswering
{
    public Task<LineagePage> LineageAsync(LineageQuery query) => store.QueryLineageAsync(query, CancellationToken.None);

    public Task<IReadOnlyList<LineagePage>> LineageManyAsync(IReadOnlyList<LineageQuery> queries) => Port<ILineageBatchQueries>().QueryLineageManyAsync(queries, CancellationToken.None);

    public Task<IReadOnlyList<FlowRow>> FlowsAsync(FlowQuery query) => Port<IFlowQueries>().QueryFlowsAsync(query, CancellationToken.None);

    private T Port<T>() where T : class =>
        store as T ?? throw new InvalidOperationException($"{store.GetType().Name} does not implement {typeof(T).Name}; a store must implement every capability port (see tests/Lineage.Conformance).");
}
