using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Rendering.Loading;

/// <summary>Asks the store for a question's answer and the nodes it names, in a handful of round trips.</summary>
public static class PictureLoader
{
    /// <summary>The most paths one picture reads; a larger answer says it shows the first ones.</summary>
    public const int MaxPaths = 500;

    public static async Task<PictureAnswer> LoadAsync(ILineageStore store, IFlowQueries flows, PictureQuestion question, CancellationToken cancellationToken)
    {
        var paths = new List<LineagePath>();
        IReadOnlyList<FlowRow> rows = [];
        var total = 0;
        var q = question.Query;
        if (question.Mode == PictureMode.Flows)
        {
            rows = await flows.QueryFlowsAsync(new FlowQuery(FlowGrouping.Program, q.From, q.To, q.MinStage, q.FiscalYearFrom, q.FiscalYearTo).Validated(), cancellationToken);
        }
        else
        {
            var page = q with { First = LineageQuery.MaxPageSize, After = null };
            while (true)
            {
                var answer = await store.QueryLineageAsync(page with { First = Math.Min(LineageQuery.MaxPageSize, MaxPaths - paths.Count) }, cancellationToken);
                total = answer.TotalCount;
                paths.AddRange(answer.Nodes);
                if (!answer.HasNextPage || paths.Count >= MaxPaths || answer.EndCursor is null) break;
                page = page with { After = answer.EndCursor };
            }
        }

        var nodes = new Dictionary<string, INode>(StringComparer.Ordinal);
        async Task Fetch(IEnumerable<string?> ids)
        {
            var wanted = ids.OfType<string>().Where(id => !nodes.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
            if (wanted.Count == 0) return;
            foreach (var n in await store.GetNodesAsync(wanted, cancellationToken)) nodes[n.Id] = n;
        }
        var selectors = new[] { q.From, q.To };
        await Fetch(paths.SelectMany(p => p.Steps).Select(t => t.Id)
            .Concat(rows.SelectMany(r => r.Transfers))
            .Concat(rows.SelectMany(r => r.Cohorts))
            .Concat(selectors.SelectMany(s => s.Programs.Concat(s.Agencies).Concat(s.Regions)))
            .Concat(selectors.SelectMany(s => s.Ministries).Select(code => "ministry:" + code.ToString().ToLowerInvariant())));
        foreach (var p in paths)
            foreach (var t in p.Steps) nodes[t.Id] = t; // the answer's own transfers, whatever the store returned
        var transfers = nodes.Values.OfType<Transfer>().ToList();
        await Fetch(transfers.SelectMany(t => new[] { t.From, t.To, t.Project, t.Cohort })
            .Concat(rows.SelectMany(r => new[] { r.Source, r.Target }))
            .Concat(transfers.SelectMany(t => t.Evidence.Select(e => e.Source))));
        await Fetch(nodes.Values.OfType<Program>().Select(p => p.RunBy));
        await Fetch(nodes.Values.OfType<Agency>().Select(a => a.Ministry));
        return new PictureAnswer(question, paths, total, rows, nodes);
    }
}
