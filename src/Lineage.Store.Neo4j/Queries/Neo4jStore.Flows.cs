using Lineage.Core.Engine;
using Lineage.Core.Flows;
using Lineage.Core.Model;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore : IFlowQueries
{
    /// <summary>Counted by the engine over the hand-offs between the programs the two selectors resolve to.</summary>
    public async Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var graph = await GraphAsync(catalog =>
        {
            var noHandOffs = new HandOffTable(catalog, []);
            return ReadHandOffsAsync(Statements.FlowHandOffs, Params(
                ("fromPrograms", SelectorResolver.Resolve(catalog, noHandOffs, query.From, "from").CandidatePrograms(catalog)),
                ("toPrograms", SelectorResolver.Resolve(catalog, noHandOffs, query.To, "to").CandidatePrograms(catalog)),
                ("fyFrom", query.FiscalYearFrom),
                ("fyTo", query.FiscalYearTo),
                ("minRank", (int)(query.MinStage ?? Stage.Seed))), cancellationToken);
        }, cancellationToken);
        return FlowEngine.Answer(graph, query);
    }
}
