using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using CoreProgram = Lineage.Core.Model.Program;

namespace Lineage.Server.Widgets;

public sealed record GraphNode(string Id, string Name, string Ministry);

public sealed record GraphEvidence(string Source, string Quote);

public sealed record GraphTransfer(string Id, string? Seed, Stage Stage, int? FromFiscalYear, int? ToFiscalYear, int? Count, IReadOnlyList<GraphEvidence> Evidence);

/// <summary>
/// One curve: every transfer between one pair of programs. Value = seeds handed on: the flows query's
/// seed count when the link comes from it (a named seed once, a cohort's total once), else count or 1 per transfer.
/// </summary>
public sealed record GraphLink(string Id, string From, string To, IReadOnlyList<GraphTransfer> Transfers, int? Seeds = null)
{
    public int Value => Seeds ?? Transfers.Sum(t => t.Count ?? 1);
    public Stage Stage => Transfers.Max(t => t.Stage);
}

/// <summary>
/// What a widget draws: programs once each and one link per pair of programs, in id order; built the
/// same way as the component's (src/Lineage.Widgets/src/graph.js), so both draw the same picture.
/// </summary>
public sealed record WidgetGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphLink> Links, IReadOnlyList<string> PathTexts, int Shown, int Total)
{
    /// <summary>The most paths one picture draws; a larger answer says it shows the first ones.</summary>
    public const int MaxPaths = 500;

    /// <summary>Builds the graph of these paths in one language, looking names up with <paramref name="node"/>.</summary>
    public static WidgetGraph Build(IReadOnlyList<LineagePath> paths, int total, Language lang, Func<string, INode?> node, Func<string, string> ministryOf)
    {
        var text = WidgetText.For(lang);
        string NameOf(string id) => node(id)?.Name.In(lang) ?? id;
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var links = new Dictionary<string, List<GraphTransfer>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pathTexts = new List<string>();
        foreach (var path in paths)
        {
            var seed = path.Project is null ? null : NameOf(path.Project);
            var line = new List<string> { NameOf(path.Steps[0].From) };
            foreach (var step in path.Steps)
            {
                foreach (var id in new[] { step.From, step.To })
                    if (!nodes.ContainsKey(id)) nodes[id] = new GraphNode(id, NameOf(id), ministryOf(id));
                line.Add($"→ {NameOf(step.To)} ({text.Stage(step.Stage)}{(step.ToFiscalYear is { } y ? ", " + text.Years(y, y) : "")})");
                if (!seen.Add(step.Id)) continue;
                var key = $"{step.From}>{step.To}";
                if (!links.TryGetValue(key, out var list)) links[key] = list = [];
                list.Add(new GraphTransfer(step.Id, seed, step.Stage, step.FromFiscalYear, step.ToFiscalYear, step.Count,
                    step.Evidence.Select(e => new GraphEvidence(NameOf(e.Source), e.Quote)).ToList()));
            }
            pathTexts.Add($"{seed ?? text.Aggregate}: {string.Join(" ", line)}");
        }
        var linkList = links
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l =>
            {
                var ends = l.Key.Split('>');
                var transfers = l.Value.OrderBy(t => t.ToFiscalYear ?? 9999).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
                return new GraphLink(l.Key, ends[0], ends[1], transfers);
            })
            .ToList();
        return new WidgetGraph(nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal).ToList(), linkList, pathTexts, paths.Count, total);
    }

    /// <summary>
    /// Asks the store for what the request draws: every lineage path (up to <see cref="MaxPaths"/>), or in
    /// flows mode the flows by program when the store answers flow queries; then the names, ministries and
    /// sources they mention.
    /// </summary>
    public static async Task<WidgetGraph> LoadAsync(ILineageStore store, WidgetRequest request, CancellationToken cancellationToken, IFlowQueries? flows = null)
    {
        if (request.Mode == WidgetMode.Flows && flows is not null) return await LoadFlowsAsync(store, flows, request, cancellationToken);

        var paths = new List<LineagePath>();
        var query = request.Query with { First = LineageQuery.MaxPageSize, After = null };
        int total;
        while (true)
        {
            var page = await store.QueryLineageAsync(query with { First = Math.Min(LineageQuery.MaxPageSize, MaxPaths - paths.Count) }, cancellationToken);
            total = page.TotalCount;
            paths.AddRange(page.Nodes);
            if (!page.HasNextPage || paths.Count >= MaxPaths || page.EndCursor is null) break;
            query = query with { After = page.EndCursor };
        }
        var transfers = paths.SelectMany(p => p.Steps).ToList();
        var names = await Names.LoadAsync(store, transfers, paths.Select(p => p.Project).OfType<string>(), cancellationToken);
        var graph = Build(paths, total, request.Lang, names.Node, names.MinistryOf);
        // Flows mode without the flows port: the same links, a caption that counts hand-offs.
        return request.Mode == WidgetMode.Flows ? graph with { Total = graph.Links.Sum(l => l.Transfers.Count), Shown = graph.Links.Sum(l => l.Transfers.Count) } : graph;
    }

    private static async Task<WidgetGraph> LoadFlowsAsync(ILineageStore store, IFlowQueries flows, WidgetRequest request, CancellationToken cancellationToken)
    {
        var q = request.Query;
        var rows = await flows.QueryFlowsAsync(new FlowQuery(FlowGrouping.Program, q.From, q.To, q.MinStage, q.FiscalYearFrom, q.FiscalYearTo).Validated(), cancellationToken);
        var transfers = (await store.GetNodesAsync(rows.SelectMany(r => r.Transfers).ToHashSet(StringComparer.Ordinal), cancellationToken))
            .OfType<Transfer>().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var names = await Names.LoadAsync(store, transfers.Values.ToList(), transfers.Values.Select(t => t.Project).OfType<string>(), cancellationToken);
        var text = WidgetText.For(request.Lang);
        string NameOf(string id) => names.Node(id)?.Name.In(request.Lang) ?? id;
        var nodes = rows.SelectMany(r => new[] { r.Source, r.Target }).Distinct(StringComparer.Ordinal)
            .Select(id => new GraphNode(id, NameOf(id), names.MinistryOf(id))).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var links = rows.Select(r => new GraphLink($"{r.Source}>{r.Target}", r.Source, r.Target,
                r.Transfers.Select(id => transfers.GetValueOrDefault(id)).OfType<Transfer>()
                    .Select(t => new GraphTransfer(t.Id, t.Project is null ? null : NameOf(t.Project), t.Stage, t.FromFiscalYear, t.ToFiscalYear, t.Count,
                        t.Evidence.Select(e => new GraphEvidence(NameOf(e.Source), e.Quote)).ToList()))
                    .OrderBy(t => t.ToFiscalYear ?? 9999).ThenBy(t => t.Id, StringComparer.Ordinal).ToList(),
                r.Seeds))
            .Where(l => l.Transfers.Count > 0)
            .OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        var texts = links.Select(l => $"{NameOf(l.From)} → {NameOf(l.To)}: {text.LinkLabel(l)}").ToList();
        var handOffs = links.Sum(l => l.Transfers.Count);
        return new WidgetGraph(nodes, links, texts, handOffs, handOffs);
    }

    /// <summary>Names, ministries and source titles of everything some transfers mention, in three store round trips.</summary>
    private sealed record Names(Dictionary<string, INode> Known, Dictionary<string, INode> Runners, Dictionary<string, INode> Ministries)
    {
        public INode? Node(string id) => Known.GetValueOrDefault(id);

        public string MinistryOf(string programId)
        {
            if (!Known.TryGetValue(programId, out var n) || n is not CoreProgram program) return "";
            return (program.RunBy is { } runBy ? Runners.GetValueOrDefault(runBy) : null) switch
            {
                Ministry m => m.Code.ToString(),
                Agency a when Ministries.GetValueOrDefault(a.Ministry) is Ministry m => m.Code.ToString(),
                _ => "",
            };
        }

        public static async Task<Names> LoadAsync(ILineageStore store, IReadOnlyList<Transfer> transfers, IEnumerable<string> projects, CancellationToken cancellationToken)
        {
            var ids = transfers.SelectMany(t => new[] { t.From, t.To })
                .Concat(projects)
                .Concat(transfers.SelectMany(t => t.Evidence.Select(e => e.Source)))
                .ToHashSet(StringComparer.Ordinal);
            var known = await Lookup(store, ids, cancellationToken);
            var runners = await Lookup(store, known.Values.OfType<CoreProgram>().Select(p => p.RunBy).OfType<string>().ToHashSet(StringComparer.Ordinal), cancellationToken);
            var ministries = await Lookup(store, runners.Values.OfType<Agency>().Select(a => a.Ministry).ToHashSet(StringComparer.Ordinal), cancellationToken);
            return new Names(known, runners, ministries);
        }
    }

    private static async Task<Dictionary<string, INode>> Lookup(ILineageStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, INode>(StringComparer.Ordinal)
            : (await store.GetNodesAsync(ids, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
}
