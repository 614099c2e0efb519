using Lineage.Core.Flows;
using Lineage.Core.Model;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore : IFlowQueries
{
    public async Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var result = await _client.RunAsync(Statements.Flows.Text,
            Params(
                ("from", Selector(query.From)),
                ("to", Selector(query.To)),
                ("group", query.GroupBy.ToString()),
                ("fyFrom", query.FiscalYearFrom),
                ("fyTo", query.FiscalYearTo),
                ("minRank", (int)(query.MinStage ?? Stage.Seed))),
            AccessMode.Read, cancellationToken);
        return result.Records
            .Select(r => new FlowRow(
                r.GetString("source") ?? throw new InvalidOperationException("Neo4j answered a flow without its source: a program without a ministry in charge?"),
                r.GetString("target") ?? throw new InvalidOperationException("Neo4j answered a flow without its target: a program without a ministry in charge?"),
                (int)r.GetInt64("seeds"),
                Ids(r.GetList("transfers")),
                Ids(r.GetList("projects")),
                Ids(r.GetList("cohorts"))))
            .ToList();
    }

    // As the SQLite store: each list distinct, in ordinal order.
    private static List<string> Ids(IReadOnlyList<object?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
