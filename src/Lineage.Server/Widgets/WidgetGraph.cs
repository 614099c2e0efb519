using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Program = Lineage.Core.Model.Program;

namespace Lineage.Server.Widgets;

public sealed record GraphNode(string Id, string Name, string Ministry);

public sealed record GraphEvidence(string Source, string Quote);

public sealed record GraphTransfer(string Id, string? Seed, Stage Stage, int? FromFiscalYear, int? ToFiscalYear, int? Count, IReadOnlyList<GraphEvidence> Evidence);

/// <summary>One curve: every transfer between one pair of programs. Value = seeds handed on (count, else 1).</summary>
public sealed record GraphLink(string Id, string From, string To, IReadOnlyList<GraphTransfer> Transfers)
{
    public int Value => Transfers.Sum(t => t.Count ?? 1);
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

    /// <summary>Asks the store for every path (up to <see cref="MaxPaths"/>) and the names, ministries and sources they mention.</summary>
    public static async Task<WidgetGraph> LoadAsync(ILineageStore store, WidgetRequest request, CancellationToken cancellationToken)
    {
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
        var ids = transfers.SelectMany(t => new[] { t.From, t.To })
            .Concat(paths.Select(p => p.Project).OfType<string>())
            .Concat(transfers.SelectMany(t => t.Evidence.Select(e => e.Source)))
            .ToHashSet(StringComparer.Ordinal);
        var known = await Lookup(store, ids, cancellationToken);
        var runners = await Lookup(store, known.Values.OfType<Program>().Select(p => p.RunBy).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var ministries = await Lookup(store, runners.Values.OfType<Agency>().Select(a => a.Ministry).ToHashSet(StringComparer.Ordinal), cancellationToken);

        string MinistryOf(string programId)
        {
            if (!known.TryGetValue(programId, out var n) || n is not Program program) return "";
            return runners.GetValueOrDefault(program.RunBy) switch
            {
                Ministry m => m.Code.ToString(),
                Agency a when ministries.GetValueOrDefault(a.Ministry) is Ministry m => m.Code.ToString(),
                _ => "",
            };
        }
        return Build(paths, total, request.Lang, id => known.GetValueOrDefault(id), MinistryOf);
    }

    private static async Task<Dictionary<string, INode>> Lookup(ILineageStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, INode>(StringComparer.Ordinal)
            : (await store.GetNodesAsync(ids, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);
}
