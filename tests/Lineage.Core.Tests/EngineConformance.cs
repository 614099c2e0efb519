using Lineage.Conformance;
using Lineage.Core.Engine;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Core.Tests;

/// <summary>The whole answer suite against the engine itself, on every build (as Jaeger runs its suite on the memory store).</summary>
public sealed class EngineConformance : AnswerConformance
{
    private LineageGraph _graph = LineageGraph.Empty;
    private Dictionary<string, Transfer> _transfers = [];

    protected override Task LoadAsync(Dataset dataset)
    {
        _graph = LineageGraph.Of(dataset);
        _transfers = dataset.Transfers.ToDictionary(t => t.Id, StringComparer.Ordinal);
        return Task.CompletedTask;
    }

    protected override Task<LineagePage> LineageAsync(LineageQuery query) =>
        Task.FromResult(LineageEngine.Answer(_graph, query).ToPage(_transfers));

    protected override Task<IReadOnlyList<LineagePage>> LineageManyAsync(IReadOnlyList<LineageQuery> queries) =>
        Task.FromResult<IReadOnlyList<LineagePage>>(queries.Select(q => LineageEngine.Answer(_graph, q).ToPage(_transfers)).ToList());

    protected override Task<IReadOnlyList<FlowRow>> FlowsAsync(FlowQuery query) => Task.FromResult(FlowEngine.Answer(_graph, query));
}
