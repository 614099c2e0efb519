namespace Lineage.Core.Flows;

/// <summary>Store capability: hand-offs between programs aggregated by ministry or program — the data behind a Sankey diagram.</summary>
public interface IFlowQueries
{
    /// <summary>One row per (source, target) pair with at least one matching transfer, ordered by source then target.</summary>
    Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken);
}
