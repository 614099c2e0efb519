using Lineage.Core.Flows;

namespace Lineage.Core.Engine;

/// <summary>
/// The counting behind `flows` (FlowRow): every hand-off on its own (one hop) whose `from` program matches `from`,
/// whose `to` program matches `to`, admitted by the question (window, basis) and at least at minStage, grouped by the ministries in charge
/// (a joint program's lead runner, so each hand-off counts once) or by the programs.
/// </summary>
public static class FlowEngine
{
    public static IReadOnlyList<FlowRow> Answer(LineageGraph graph, FlowQuery query)
    {
        query = query.Validated();
        var (c, h) = (graph.Catalog, graph.HandOffs);
        var from = SelectorResolver.Resolve(graph, query.From, "from");
        var to = SelectorResolver.Resolve(graph, query.To, "to");
        var minRank = (byte)(query.MinStage ?? Model.Stage.Seed);

        var rows = new SortedDictionary<(string Source, string Target), List<int>>(RowOrder.Instance);
        using var starts = StartEdges.Find(h, from, HandOffFilter.Of(query.FiscalYearFrom, query.FiscalYearTo, query.Basis));
        foreach (var e in starts.Span)
        {
            if (h.Edges[e].Stage < minRank || !to.Matches(h.Edges[e].To, h.Edges[e].Project)) continue;
            var key = query.GroupBy == FlowGrouping.Ministry
                ? (MinistryOf(c, h, e, h.Edges[e].From), MinistryOf(c, h, e, h.Edges[e].To))
                : (c.ProgramIds[h.Edges[e].From], c.ProgramIds[h.Edges[e].To]);
            if (!rows.TryGetValue(key, out var edges)) rows[key] = edges = [];
            edges.Add(e);
        }
        return rows.Select(r => Row(c, h, r.Key.Source, r.Key.Target, r.Value)).ToList();
    }

    // Seeds of a row: each named project once, an aggregate hand-off its count (1 when the source gives none, for at
    // least one seed went), and each cohort of the row's aggregate hand-offs its total once.
    private static FlowRow Row(ProgramCatalog c, HandOffTable h, string source, string target, List<int> edges)
    {
        var projects = edges.Where(e => h.Edges[e].Project >= 0).Select(e => h.ProjectIds[h.Edges[e].Project]).Distinct().Order(StringComparer.Ordinal).ToList();
        var aggregates = edges.Where(e => h.Edges[e].Project < 0 && h.Cohort[e] is null).Sum(e => Math.Max(h.Count[e], 1));
        var seedCohorts = edges.Where(e => h.Edges[e].Project < 0 && h.Cohort[e] is not null).Select(e => h.Cohort[e]!).Distinct(StringComparer.Ordinal);
        var cohortSeeds = seedCohorts.Sum(id => c.CohortTotal(id) ?? throw new InvalidDataException($"Cohort '{id}' is not in the graph."));
        return new FlowRow(source, target, projects.Count + aggregates + cohortSeeds,
            edges.Select(e => h.Ids[e]).Order(StringComparer.Ordinal).ToList(),
            projects,
            edges.Select(e => h.Cohort[e]).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList());
    }

    private static string MinistryOf(ProgramCatalog c, HandOffTable h, int edge, int program) =>
        c.LeadMinistry(program) ?? throw new InvalidDataException($"Program '{c.ProgramIds[program]}' of hand-off '{h.Ids[edge]}' has no ministry in charge.");

    private sealed class RowOrder : IComparer<(string Source, string Target)>
    {
        public static readonly RowOrder Instance = new();

        public int Compare((string Source, string Target) x, (string Source, string Target) y)
        {
            var c = string.CompareOrdinal(x.Source, y.Source);
            return c != 0 ? c : string.CompareOrdinal(x.Target, y.Target);
        }
    }
}
