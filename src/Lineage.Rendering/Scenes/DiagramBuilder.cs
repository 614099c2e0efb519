using Lineage.Core.Flows;
using Lineage.Core.Model;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Text;

namespace Lineage.Rendering.Scenes;

/// <summary>
/// From an answer to the graph a reader should see. Paths: one box per program, and between two programs one
/// hand-off box naming each seed that went along, its stage and fiscal years. Flows: the same, with the
/// hand-off box counting the pair's own seeds, and each cohort drawn once as what it is — one total shared by
/// the programs that received it, with their shares not reported — so no cohort is counted per program.
/// Past <see cref="MaxPrograms"/> programs, programs are grouped by ministry and the picture says so.
/// </summary>
internal sealed class DiagramBuilder
{
    public const int MaxPrograms = 40;

    private readonly PictureAnswer _a;
    private readonly Words _w;
    private readonly bool _grouped;
    private readonly List<DiagramNode> _nodes = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<DiagramEdge> _edges = [];

    private DiagramBuilder(PictureAnswer answer, int programs, int maxPrograms)
    {
        _a = answer;
        _w = Words.For(answer.Question.Lang);
        _grouped = programs > maxPrograms;
        Programs = programs;
    }

    private int Programs { get; }

    public static Diagram Build(PictureAnswer answer, int maxPrograms = MaxPrograms)
    {
        var flows = answer.Question.Mode == PictureMode.Flows;
        var programs = flows
            ? answer.Rows.SelectMany(r => new[] { r.Source, r.Target }).Distinct(StringComparer.Ordinal).Count()
            : answer.Paths.SelectMany(p => p.Steps).SelectMany(t => new[] { t.From, t.To }).Distinct(StringComparer.Ordinal).Count();
        var builder = new DiagramBuilder(answer, programs, maxPrograms);
        return flows ? builder.Flows() : builder.Paths();
    }

    /// <summary>What a program stands as in this picture: itself, or its ministry when grouped.</summary>
    private string End(string program) => _grouped ? "ministry:" + (_a.MinistryOf(program) ?? "other").ToLowerInvariant() : program;

    private int NodeFor(string end, string program)
    {
        if (_index.TryGetValue(end, out var i)) return i;
        var ministry = _a.MinistryOf(program);
        DiagramNode node;
        if (_grouped)
        {
            var name = _a.Node<Ministry>(end)?.Name.In(_a.Question.Lang) ?? ministry ?? "?";
            node = new DiagramNode("box-" + Slug(end), BoxKind.Program, [new Block(name, 13, true, false)], null, ministry, name, []);
        }
        else
        {
            var p = _a.Node<Program>(program);
            var name = _a.NameOf(program);
            var runner = MinistryName(ministry);
            var years = p is null ? null : _w.Years([p.StartFiscalYear, p.EndFiscalYear]);
            var sub = string.Join(" · ", new[] { runner, years }.OfType<string>());
            var blocks = new List<Block> { new(name, 13, false, false) };
            if (sub.Length > 0) blocks.Add(new Block(sub, 11, false, true));
            node = new DiagramNode("box-" + Slug(program), BoxKind.Program, blocks, program, ministry, $"{name}{(runner is null ? "" : $" ({runner})")}", []);
        }
        _nodes.Add(node);
        return _index[end] = _nodes.Count - 1;
    }

    private int Add(DiagramNode node)
    {
        _nodes.Add(node);
        _index[node.Id] = _nodes.Count - 1;
        return _nodes.Count - 1;
    }

    private string? MinistryName(string? code) =>
        code is null ? null : _a.Node<Ministry>("ministry:" + code.ToLowerInvariant())?.Name.In(_a.Question.Lang) ?? code;

    private List<string> Legend() =>
        _nodes.Select(n => n.Ministry).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(c => Enum.TryParse<MinistryCode>(c, out var m) ? (int)m : 99).ThenBy(c => c, StringComparer.Ordinal)
            .Select(c => c).ToList();

    private List<string> Notices(bool truncated)
    {
        var notices = new List<string>();
        if (_grouped) notices.Add(_w.GroupedByMinistry(Programs));
        if (truncated) notices.Add(_w.Truncated(_a.Paths.Count, _a.TotalPaths));
        return notices;
    }

    private SceneHandOff Evidence(Transfer t) => new(t.Id, SeedText(t), _w.Stage(t.Stage), t.FromFiscalYear, t.ToFiscalYear, _w.Years([t.FromFiscalYear, t.ToFiscalYear]), t.Count, t.Cohort,
        t.Evidence.Select(e => new SceneQuote(e.Quote, _a.NameOf(e.Source))).ToList(), t.Basis == Basis.Inferred ? _w.Inferred(t.Inference ?? "") : null);

    /// <summary>
    /// A line between programs is dashed when no source states any hand-off it stands for; its hover says what was
    /// inferred. One stated hand-off among them makes it solid: the inferred ones still say so in the box's hover.
    /// </summary>
    private (EdgeStyle Style, string? Reason) Drawn(List<Transfer> transfers) =>
        transfers.Count > 0 && transfers.All(t => t.Basis == Basis.Inferred)
            ? (EdgeStyle.Inferred, _w.InferredLine)
            : (EdgeStyle.Stated, null);

    /// <summary>What went: the seed's name, or how many unnamed seeds, or the cohort it was part of.</summary>
    private string SeedText(Transfer t) =>
        t.Project is { } project ? _a.NameOf(project)
        : t.Cohort is { } cohort ? _w.CohortShare(_a.Node<Cohort>(cohort)?.Total ?? 0)
        : t.Count is { } n ? _w.Unnamed(n)
        : _w.UnnamedUnknown;

    private static IEnumerable<Transfer> InOrder(IEnumerable<Transfer> transfers) =>
        transfers.OrderBy(t => t.ToFiscalYear ?? t.FromFiscalYear ?? 9999).ThenBy(t => t.Id, StringComparer.Ordinal);

    // ---- paths ------------------------------------------------------------------------------------------

    private Diagram Paths()
    {
        var links = new List<(string From, string To, string FromProgram, string ToProgram, List<Transfer> Transfers)>();
        var byPair = new Dictionary<(string, string), int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in _a.Paths.SelectMany(p => p.Steps))
        {
            if (!seen.Add(step.Id)) continue;
            var key = (End(step.From), End(step.To));
            if (!byPair.TryGetValue(key, out var i))
            {
                byPair[key] = i = links.Count;
                links.Add((key.Item1, key.Item2, step.From, step.To, []));
            }
            links[i].Transfers.Add(step);
        }
        foreach (var link in links)
        {
            var from = NodeFor(link.From, link.FromProgram);
            var transfers = InOrder(link.Transfers).ToList();
            var blocks = new List<Block>();
            foreach (var t in transfers)
            {
                blocks.Add(new Block(SeedText(t), 12, true, false));
                var years = _w.Years([t.FromFiscalYear, t.ToFiscalYear]);
                blocks.Add(new Block(_w.Stage(t.Stage) + (years is null ? "" : " · " + years), 11, false, true));
            }
            var id = "handoff-" + Slug(link.From) + "--" + Slug(link.To);
            var fromName = _nodes[from].Label;
            var hand = Add(new DiagramNode(id, BoxKind.Handoff, blocks, null, null, "", transfers.Select(Evidence).ToList()));
            var to = NodeFor(link.To, link.ToProgram);
            _nodes[hand] = _nodes[hand] with
            {
                Label = $"{fromName}{_w.Arrow}{_nodes[to].Label}: {string.Join(_w.ListSeparator, transfers.Select(t => $"{SeedText(t)} ({_w.Stage(t.Stage)})"))}",
            };
            var (style, reason) = Drawn(transfers);
            _edges.Add(new DiagramEdge(from, hand, 1.5, style, id, null, reason));
            _edges.Add(new DiagramEdge(hand, to, 1.5, style, id, null, reason));
        }

        var rows = _a.Paths.Select(p => (IReadOnlyList<string>)
        [
            p.Project is { } project ? _a.NameOf(project) : SeedText(p.Steps[0]),
            string.Join(_w.Arrow, new[] { p.Steps[0].From }.Concat(p.Steps.Select(s => s.To)).Select(_a.NameOf)),
            _w.Stage(p.ReachedStage),
            _w.Years(p.Steps.SelectMany(s => new[] { s.FromFiscalYear, s.ToFiscalYear })) ?? "",
        ]).ToList();
        var table = new SceneTable(_w.Figure, [_w.TableSeed, _w.TableRoute, _w.TableStage, _w.TableYears], rows);
        return new Diagram(_nodes, _edges, _w.Paths(_a.TotalPaths), Notices(_a.Paths.Count < _a.TotalPaths), Legend(), _w.PathsFootnote, table);
    }

    // ---- flows ------------------------------------------------------------------------------------------

    private Diagram Flows()
    {
        int Total(string cohort) => _a.Node<Cohort>(cohort)?.Total ?? 0;
        Transfer? T(string id) => _a.Node<Transfer>(id);

        // A pair's own seeds: the row's count without the cohorts it lists (FlowRow counts each cohort's whole
        // total in every row it reaches). Rows merged into one ministry pair count a named seed once.
        var links = new List<(string From, string To, string FromProgram, string ToProgram, List<FlowRow> Rows)>();
        var byPair = new Dictionary<(string, string), int>();
        foreach (var row in _a.Rows)
        {
            if (row.Transfers.Select(T).All(t => t is null || t.Cohort is not null)) continue;
            var key = (End(row.Source), End(row.Target));
            if (!byPair.TryGetValue(key, out var i))
            {
                byPair[key] = i = links.Count;
                links.Add((key.Item1, key.Item2, row.Source, row.Target, []));
            }
            links[i].Rows.Add(row);
        }
        int Own(IReadOnlyList<FlowRow> rows)
        {
            var perRow = rows.Sum(r => Math.Max(0, r.Seeds - r.Cohorts.Sum(Total)));
            var named = rows.Sum(r => r.Projects.Count);
            var distinctNamed = rows.SelectMany(r => r.Projects).Distinct(StringComparer.Ordinal).Count();
            return perRow - (named - distinctNamed);
        }
        var cohorts = _a.Rows.SelectMany(r => r.Cohorts).Distinct(StringComparer.Ordinal).ToList();
        var largest = Math.Max(1, links.Select(l => Own(l.Rows)).Concat(cohorts.Select(Total)).DefaultIfEmpty(1).Max());
        var scale = Math.Min(3.0, 30.0 / largest);
        double Thickness(int seeds) => Math.Round(Math.Max(2, seeds * scale), 2);

        var tableRows = new List<IReadOnlyList<string>>();
        foreach (var link in links)
        {
            var transfers = InOrder(link.Rows.SelectMany(r => r.Transfers).Select(T).OfType<Transfer>().Where(t => t.Cohort is null)
                .DistinctBy(t => t.Id)).ToList();
            var own = Own(link.Rows);
            var from = NodeFor(link.From, link.FromProgram);
            var id = "handoff-" + Slug(link.From) + "--" + Slug(link.To);
            var stages = transfers.Select(t => t.Stage).Distinct().Order().Select(_w.Stage);
            var years = _w.Years(transfers.SelectMany(t => new[] { t.FromFiscalYear, t.ToFiscalYear }));
            var blocks = new List<Block>
            {
                new(_w.Seeds(own), 12, true, false),
                new(string.Join(_w.ListSeparator, stages) + (years is null ? "" : " · " + years), 11, false, true),
            };
            var hand = Add(new DiagramNode(id, BoxKind.Handoff, blocks, null, null, "", transfers.Select(Evidence).ToList()));
            var to = NodeFor(link.To, link.ToProgram);
            _nodes[hand] = _nodes[hand] with { Label = $"{_nodes[from].Label}{_w.Arrow}{_nodes[to].Label}: {_w.Seeds(own)}" };
            var ministry = _nodes[from].Ministry ?? "";
            var (style, reason) = Drawn(transfers);
            _edges.Add(new DiagramEdge(from, hand, Thickness(own), style, id, ministry, reason));
            _edges.Add(new DiagramEdge(hand, to, Thickness(own), style, id, ministry, reason));
            tableRows.Add([_nodes[from].Label, _nodes[to].Label, Words.N(own), Words.N(transfers.Count)]);
        }

        foreach (var cohort in cohorts)
        {
            var rows = _a.Rows.Where(r => r.Cohorts.Contains(cohort, StringComparer.Ordinal)).ToList();
            var transfers = InOrder(rows.SelectMany(r => r.Transfers).Select(T).OfType<Transfer>().Where(t => t.Cohort == cohort).DistinctBy(t => t.Id)).ToList();
            var sources = rows.Select(r => (End: End(r.Source), r.Source)).DistinctBy(s => s.End).ToList();
            var targets = rows.Select(r => (End: End(r.Target), r.Target)).DistinctBy(s => s.End).ToList();
            var froms = sources.Select(s => NodeFor(s.End, s.Source)).ToList();
            var total = Total(cohort);
            var years = _w.Years(transfers.SelectMany(t => new[] { t.FromFiscalYear, t.ToFiscalYear }));
            var stages = string.Join(_w.ListSeparator, transfers.Select(t => t.Stage).Distinct().Order().Select(_w.Stage));
            var id = "cohort-" + Slug(cohort);
            var split = _w.CohortSplit(total, targets.Count);
            var node = Add(new DiagramNode(id, BoxKind.Cohort,
                [new Block(split, 12, true, false), new Block(stages + (years is null ? "" : " · " + years), 11, false, true)],
                null, _nodes[froms[0]].Ministry, split, transfers.Select(Evidence).ToList()));
            foreach (var from in froms)
                _edges.Add(new DiagramEdge(from, node, Thickness(total), EdgeStyle.Stated, id, _nodes[from].Ministry ?? "", null));
            var toNames = new List<string>();
            foreach (var (end, program) in targets)
            {
                var to = NodeFor(end, program);
                toNames.Add(_nodes[to].Label);
                _edges.Add(new DiagramEdge(node, to, 2, EdgeStyle.ShareNotReported, id, _nodes[froms[0]].Ministry ?? "", _w.CohortShare(total)));
            }
            tableRows.Add([string.Join(_w.ListSeparator, froms.Select(f => _nodes[f].Label)), string.Join(_w.ListSeparator, toNames), split, Words.N(transfers.Count)]);
        }

        var seeds = Own(_a.Rows.Where(r => r.Transfers.Select(T).Any(t => t is not null && t.Cohort is null)).ToList()) + cohorts.Sum(Total);
        var handOffs = _a.Rows.SelectMany(r => r.Transfers).Distinct(StringComparer.Ordinal).Count();
        var table = new SceneTable(_w.Figure, [_w.TableFrom, _w.TableTo, _w.TableSeeds, _w.TableHandOffs], tableRows);
        return new Diagram(_nodes, _edges, _w.SeedsInHandOffs(seeds, handOffs), Notices(false), Legend(), _w.FlowsFootnote, table);
    }

    /// <summary>An id made safe for an SVG id and a CSS selector: program:jst-a → program-jst-a.</summary>
    internal static string Slug(string id) => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]);
}
