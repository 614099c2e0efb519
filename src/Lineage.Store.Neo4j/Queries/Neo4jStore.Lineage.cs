using Lineage.Core.Engine;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore
{
    public async Task<LineagePage> QueryLineageAsync(LineageQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var graph = await GraphAsync(catalog => ReadHandOffsAsync(Statements.LineageHandOffs, HandOffParameters(catalog, query), cancellationToken), cancellationToken);
        var answer = LineageEngine.Answer(graph, query);
        var ids = answer.TransferIds.Distinct(StringComparer.Ordinal).ToList();
        var transfers = ids.Count == 0 ? [] : (await GetNodesAsync(ids, cancellationToken)).OfType<Transfer>().ToDictionary(t => t.Id, StringComparer.Ordinal);
        return answer.ToPage(transfers);
    }

    /// <summary>
    /// Narrows the read to the seeds with a hand-off on the narrower side of the question (a path must start on one
    /// side and end on the other). The selectors are resolved by the engine against the catalogue — unknown ids fail
    /// here, before the hand-offs are read — and go to Cypher as program ids only.
    /// </summary>
    private static Dictionary<string, object?> HandOffParameters(ProgramCatalog catalog, LineageQuery query)
    {
        var noHandOffs = new HandOffTable(catalog, []);
        var from = SelectorResolver.Resolve(catalog, noHandOffs, query.From, "from").CandidatePrograms(catalog);
        var to = SelectorResolver.Resolve(catalog, noHandOffs, query.To, "to").CandidatePrograms(catalog);
        var narrowByTo = to is not null && (from is null || to.Count < from.Count);
        return Params(
            ("fromPrograms", narrowByTo ? null : from),
            ("toPrograms", narrowByTo ? to : null),
            ("fyFrom", query.FiscalYearFrom),
            ("fyTo", query.FiscalYearTo));
    }
}
