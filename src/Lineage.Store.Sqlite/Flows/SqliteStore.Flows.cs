using Lineage.Core.Engine;
using Lineage.Core.Flows;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : IFlowQueries
{
    /// <summary>Counted by the engine over the in-memory graph, as every store counts them.</summary>
    public async Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        return FlowEngine.Answer((await SnapshotAsync(cancellationToken)).Graph, query);
    }
}
