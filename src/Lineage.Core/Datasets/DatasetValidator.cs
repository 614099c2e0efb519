using System.Text.RegularExpressions;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// The rules a dataset must meet beyond its shape: ids well-formed and unique, every reference
/// resolving to a node of the right kind, evidence everywhere, fiscal years in range, hierarchies
/// without cycles, cohort totals no smaller than their parts, inferred facts saying how, links between
/// things that exist. Reports all problems at once.
/// </summary>
public static partial class DatasetValidator
{
    public const int MinFiscalYear = 1980;
    public const int MaxFiscalYear = 2035;

    [GeneratedRegex("^[a-z]+:[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Every problem of nodes read already (a dataset folder is checked file by file: <see cref="DatasetLoader.Check"/>).</summary>
    public static IReadOnlyList<DatasetProblem> Validate(IReadOnlyList<LocatedNode> nodes)
    {
        var known = new KnownIds(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Node.Id.Length > 0) known.Add(nodes[i].Node.Id, nodes[i].Node.Kind, new NodePlace(0, i));
        var places = NodePlaces.InList(nodes);
        var parts = new CheckedPart[(nodes.Count + NodeSlice - 1) / NodeSlice];
        Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, s =>
        {
            using var checks = new NodeChecks(known, places);
            for (var i = s * NodeSlice; i < Math.Min(nodes.Count, (s + 1) * NodeSlice); i++) checks.Check(nodes[i], new NodePlace(0, i));
            parts[s] = checks.Found;
        });
        return Finish(parts, places);
    }

    /// <summary>Nodes checked per task by <see cref="Validate"/>.</summary>
    private const int NodeSlice = 20_000;

    /// <summary>
    /// The problems of every part, with the rules across nodes run on the parts' facts: the parts' id problems, then
    /// their rules of one node, the rules across nodes, then the content rules, each in the parts' order — so the
    /// problems come out the same however the work was split and interleaved.
    /// </summary>
    internal static List<DatasetProblem> Finish(IReadOnlyList<CheckedPart> parts, NodePlaces places)
    {
        var facts = new AllFacts(parts.Select(p => p.Facts).ToList());
        List<DatasetProblem> cycles = [], seedCycles = [], cohortTotals = [], transferEnds = [], linkEnds = [];
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => Cycles(facts, places, cycles),
            () => SeedCycles(facts, places, seedCycles),
            () => CohortTotals(facts, places, cohortTotals),
            () => TransferEndsHaveRunners(facts, places, transferEnds),
            () => LinksToBodies(facts, places, linkEnds));
        var problems = new List<DatasetProblem>();
        foreach (var part in parts) problems.AddRange(part.Ids);
        foreach (var part in parts) problems.AddRange(part.Rules);
        foreach (var cross in new[] { cycles, seedCycles, cohortTotals, transferEnds, linkEnds }) problems.AddRange(cross);
        foreach (var part in parts) problems.AddRange(part.Content);
        return problems;
    }

    /// <summary>The rules of an id: well-formed, of its node's kind, defined once.</summary>
    private static void IdRules(LocatedNode n, NodePlace place, KnownIds known, NodePlaces places, List<DatasetProblem> problems)
    {
        var id = n.Node.Id;
        if (id.Length == 0) return; // already reported as missing
        if (!IdPattern().IsMatch(id))
            problems.Add(P(n, ".id", $"malformed id '{id}' (expected a slug such as '{NodeKinds.Prefix(n.Node.Kind)}:some-name')"));
        else if (NodeKinds.FromId(id) != n.Node.Kind)
            problems.Add(P(n, ".id", $"id '{id}' must start with '{NodeKinds.Prefix(n.Node.Kind)}:' for a {n.Node.Kind}"));
        if (known.TryGet(id, out var kind, out var first) && (kind != n.Node.Kind || first != place))
        {
            var (file, path) = places.Locate(kind, first);
            problems.Add(P(n, ".id", $"duplicate id '{id}' (first defined at {file}: {path})"));
        }
    }

    /// <summary>The rules of one node: its references resolve to nodes of the right kind, its evidence, years and figures.</summary>
    private static void NodeRules(LocatedNode n, KnownIds known, List<DatasetProblem> problems)
    {
        var ctx = new Context(n, known, problems);
        Evidence(ctx, "", n.Node.Evidence);
        switch (n.Node)
        {
            case Agency a:
                ctx.Ref(".ministry", a.Ministry, NodeKind.Ministry);
                break;
            case Program p:
                ctx.OptRef(".runBy", p.RunBy, NodeKind.Ministry, NodeKind.Agency);
                JointRunnersNeedALead(ctx, p);
                ctx.Refs(".alsoRunBy", p.AlsoRunBy, NodeKind.Ministry, NodeKind.Agency);
                for (var i = 0; i < p.AlsoRunBy.Count; i++)
                {
                    if (p.AlsoRunBy[i] == p.RunBy)
                        problems.Add(P(n, $".alsoRunBy[{i}]", $"'{p.RunBy}' is already the program's runBy; alsoRunBy lists the other runners"));
                    else if (p.AlsoRunBy.Take(i).Contains(p.AlsoRunBy[i], StringComparer.Ordinal))
                        problems.Add(P(n, $".alsoRunBy[{i}]", $"'{p.AlsoRunBy[i]}' is listed twice"));
                }
                ctx.OptRef(".parent", p.Parent, NodeKind.Program);
                ctx.Refs(".regions", p.Regions, NodeKind.Region);
                ctx.Year(".startFiscalYear", p.StartFiscalYear);
                ctx.Year(".endFiscalYear", p.EndFiscalYear);
                if (p.StartFiscalYear > p.EndFiscalYear)
                    problems.Add(P(n, ".endFiscalYear", $"ends (FY{p.EndFiscalYear}) before it starts (FY{p.StartFiscalYear})"));
                for (var i = 0; i < p.Budgets.Count; i++)
                {
                    ctx.Year($".budgets[{i}].fiscalYear", p.Budgets[i].FiscalYear);
                    Evidence(ctx, $".budgets[{i}]", p.Budgets[i].Evidence);
                }
                OneFigurePerYearAndKind(ctx, p);
                BudgetTotals(ctx, p);
                break;
            case Region r:
                ctx.OptRef(".within", r.Within, NodeKind.Region);
                break;
            case Organization o:
                ctx.OptRef(".locatedIn", o.LocatedIn, NodeKind.Region);
                OrganizationDates(ctx, o);
                break;
            case Project pr:
                ctx.Refs(".regions", pr.Regions, NodeKind.Region);
                for (var i = 0; i < pr.Participants.Count; i++)
                {
                    if (ctx.Problem(pr.Participants[i].Organization, [NodeKind.Organization]) is { } message)
                        problems.Add(P(n, $".participants[{i}].organization", message));
                    Evidence(ctx, $".participants[{i}]", pr.Participants[i].Evidence);
                }
                break;
            case ClusterProject c:
                ctx.Ref(".program", c.Program, NodeKind.Program);
                ctx.Refs(".regions", c.Regions, NodeKind.Region);
                ctx.OptRef(".office", c.Office, NodeKind.Organization);
                ctx.OptRef(".partOf", c.PartOf, NodeKind.ClusterProject);
                for (var i = 0; i < c.Participation.Count; i++) Evidence(ctx, $".participation[{i}]", c.Participation[i].Evidence);
                break;
            case Cohort co:
                ctx.OptRef(".fromProgram", co.FromProgram, NodeKind.Program);
                break;
            case Transfer t:
                ctx.Ref(".from", t.From, NodeKind.Program);
                ctx.Ref(".to", t.To, NodeKind.Program);
                ctx.OptRef(".project", t.Project, NodeKind.Project);
                ctx.OptRef(".cohort", t.Cohort, NodeKind.Cohort);
                ctx.Year(".fromFiscalYear", t.FromFiscalYear);
                ctx.Year(".toFiscalYear", t.ToFiscalYear);
                if (t.FromFiscalYear > t.ToFiscalYear)
                    problems.Add(P(n, ".toFiscalYear", $"the hand-off arrives (FY{t.ToFiscalYear}) before it leaves (FY{t.FromFiscalYear})"));
                if (t.From == t.To) problems.Add(P(n, ".to", "a transfer must go to another program"));
                if (t.Count is < 1) problems.Add(P(n, ".count", "count must be at least 1"));
                InferenceSaysHow(ctx, "", "hand-off", t.Basis, t.Inference);
                break;
            case Link l:
                LinkEnds(ctx, l);
                break;
            case Outcome oc:
                ctx.OptRef(".project", oc.Project, NodeKind.Project);
                ctx.OptRef(".program", oc.Program, NodeKind.Program);
                ctx.OptRef(".clusterProject", oc.ClusterProject, NodeKind.ClusterProject);
                ctx.OptRef(".cohort", oc.Cohort, NodeKind.Cohort);
                break;
        }
    }

    /// <summary>A program that names joint runners must name its lead runner too (runBy); alsoRunBy lists the others.</summary>
    private static void JointRunnersNeedALead(Context ctx, Program p)
    {
        if (p.RunBy is null && p.AlsoRunBy.Count > 0)
            ctx.Problems.Add(P(ctx.Node, ".alsoRunBy", "alsoRunBy needs runBy: name the runner the source names first in runBy"));
    }

    /// <summary>An INFERRED fact says how it was inferred; a STATED one has nothing to explain.</summary>
    private static void InferenceSaysHow(Context ctx, string at, string what, Basis basis, string? inference)
    {
        if (basis == Basis.Inferred && string.IsNullOrWhiteSpace(inference))
            ctx.Problems.Add(P(ctx.Node, $"{at}.inference", $"an INFERRED {what} needs its inference: say what was inferred, and from what"));
        else if (basis == Basis.Stated && inference is not null)
            ctx.Problems.Add(P(ctx.Node, $"{at}.inference", $"a STATED {what} has no inference (set basis INFERRED, or move the text to note)"));
    }

    /// <summary>
    /// A link runs from a program to what the source names on the other side — another program, a coordination body or a
    /// ministry (a forum co-hosted with METI) — and both ends exist: a link to nothing, or to a university, would say
    /// something no source said. Which kind of organization the end is, is a rule across nodes: <see cref="LinksToBodies"/>.
    /// </summary>
    private static void LinkEnds(Context ctx, Link l)
    {
        ctx.Ref(".from", l.From, NodeKind.Program);
        ctx.Ref(".to", l.To, NodeKind.Program, NodeKind.Organization, NodeKind.Ministry);
        if (l.From == l.To) ctx.Problems.Add(P(ctx.Node, ".to", "a link must go to another program or body"));
    }

    /// <summary>The budget series says, per fiscal year, which figure is the budget, the draft and the request: one of each at most.</summary>
    private static void OneFigurePerYearAndKind(Context ctx, Program p)
    {
        var seen = new Dictionary<(int, BudgetKind), int>();
        for (var i = 0; i < p.Budgets.Count; i++)
        {
            var key = (p.Budgets[i].FiscalYear, p.Budgets[i].Kind);
            if (seen.TryGetValue(key, out var first))
                ctx.Problems.Add(P(ctx.Node, $".budgets[{i}]",
                    $"a second {EnumText.ToText(key.Kind)} for FY{key.FiscalYear} (first at budgets[{first}]); keep one figure per year and kind, with every quote as its evidence"));
            else
                seen[key] = i;
        }
    }

    private static void BudgetTotals(Context ctx, Program p)
    {
        for (var i = 0; i < p.BudgetTotals.Count; i++)
        {
            var t = p.BudgetTotals[i];
            ctx.Year($".budgetTotals[{i}].fromFiscalYear", t.FromFiscalYear);
            ctx.Year($".budgetTotals[{i}].toFiscalYear", t.ToFiscalYear);
            if (t.FromFiscalYear >= t.ToFiscalYear)
                ctx.Problems.Add(P(ctx.Node, $".budgetTotals[{i}].toFiscalYear", $"a total spans several fiscal years (FY{t.FromFiscalYear}–FY{t.ToFiscalYear}); one year's figure is a budget"));
            Evidence(ctx, $".budgetTotals[{i}]", t.Evidence);
        }
    }

    private static void OrganizationDates(Context ctx, Organization o)
    {
        for (var i = 0; i < o.Dates.Count; i++)
        {
            var d = o.Dates[i];
            if (!DatePattern().IsMatch(d.Date))
                ctx.Problems.Add(P(ctx.Node, $".dates[{i}].date", $"'{d.Date}' is not a date such as 1999, 2002-09 or 2007-10-25"));
            InferenceSaysHow(ctx, $".dates[{i}]", "date", d.Basis, d.Inference);
            Evidence(ctx, $".dates[{i}]", d.Evidence);
        }
    }

    [GeneratedRegex("^(19|20)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]
    private static partial Regex DatePattern();

    /// <summary>
    /// Flows count a hand-off under the ministries of its two programs, so a program whose runner no source names cannot
    /// be an end of one: record what happened to the seed there as an outcome instead.
    /// </summary>
    private static void TransferEndsHaveRunners(AllFacts facts, NodePlaces places, List<DatasetProblem> problems)
    {
        var withoutRunner = facts.ProgramsWithoutRunner.ToHashSet(StringComparer.Ordinal);
        if (withoutRunner.Count == 0) return;
        foreach (var t in facts.HandOffs)
        {
            if (withoutRunner.Contains(t.From)) problems.Add(Problem(t, ".from", t.From));
            if (withoutRunner.Contains(t.To)) problems.Add(Problem(t, ".to", t.To));
        }

        DatasetProblem Problem(HandOff t, string at, string id) =>
            places.Problem(NodeKind.Transfer, t.Place, at, $"'{id}' has no runBy (no source names its ministry); a hand-off needs programs with runners");
    }

    /// <summary>A link's other end, when an organization, is a coordination body (see <see cref="LinkEnds"/>).</summary>
    private static void LinksToBodies(AllFacts facts, NodePlaces places, List<DatasetProblem> problems)
    {
        var notBodies = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        foreach (var (id, kind) in facts.NotBodies) notBodies.TryAdd(id, kind);
        foreach (var (place, to) in facts.Links)
            if (notBodies.TryGetValue(to, out var kind))
                problems.Add(places.Problem(NodeKind.Link, place, ".to",
                    $"'{to}' is a {EnumText.ToText(kind)} organization; a link points at a program, a COORDINATION_BODY or a ministry"));
    }

    private static void Evidence(Context ctx, string at, IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count == 0)
        {
            ctx.Problems.Add(P(ctx.Node, $"{at}.evidence", "missing evidence: every fact needs a source and a verbatim quote"));
            return;
        }
        for (var i = 0; i < evidence.Count; i++)
            if (ctx.Problem(evidence[i].Source, [NodeKind.Source]) is { } message)
                ctx.Problems.Add(P(ctx.Node, $"{at}.evidence[{i}].source", message));
    }

    /// <summary>A program inside its own parent chain, a region within itself or a cluster project part of itself would make walks up the chain loop.</summary>
    private static void Cycles(AllFacts facts, NodePlaces places, List<DatasetProblem> problems)
    {
        // The first definition of an id is the one followed, as references resolve to it.
        var up = new Dictionary<string, (NodeKind Kind, string Up)>(StringComparer.Ordinal);
        foreach (var c in facts.Contained) up.TryAdd(c.Id, (c.Kind, c.Up));
        foreach (var c in facts.Contained)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { c.Id };
            var next = c.Up;
            while (true)
            {
                if (!seen.Add(next))
                {
                    if (next == c.Id)
                        problems.Add(places.Problem(c.Kind, c.Place, c.Kind switch { NodeKind.Program => ".parent", NodeKind.ClusterProject => ".partOf", _ => ".within" },
                            $"'{c.Id}' is contained in itself ({string.Join(" → ", seen)} → {next})"));
                    break;
                }
                // A parent of another kind is a wrong reference, reported as such; the chain of this kind ends there.
                if (!up.TryGetValue(next, out var parent) || parent.Kind != c.Kind) break;
                next = parent.Up;
            }
        }
    }

    private static void CohortTotals(AllFacts facts, NodePlaces places, List<DatasetProblem> problems)
    {
        var cohorts = new Dictionary<string, (NodePlace Place, int Total)>(StringComparer.Ordinal);
        foreach (var (id, place, total) in facts.Cohorts) cohorts.TryAdd(id, (place, total));
        foreach (var g in facts.HandOffs.Where(t => t.Cohort is not null).GroupBy(t => t.Cohort!, StringComparer.Ordinal))
        {
            if (!cohorts.TryGetValue(g.Key, out var cohort)) continue;
            var counted = g.Sum(t => t.Count ?? 0);
            if (counted > cohort.Total)
                problems.Add(places.Problem(NodeKind.Cohort, cohort.Place, ".total",
                    $"cohort total {cohort.Total} is smaller than the sum of its transfers' counts ({counted}: {string.Join(", ", g.Select(t => t.Id))})"));
        }
    }

    private static DatasetProblem P(LocatedNode n, string at, string message) => new(n.File, n.Path + at, message);

    private sealed record Context(LocatedNode Node, KnownIds Known, List<DatasetProblem> Problems)
    {
        public void Ref(string at, string id, params ReadOnlySpan<NodeKind> kinds)
        {
            if (Problem(id, kinds) is { } message) Problems.Add(P(Node, at, message));
        }

        public void OptRef(string at, string? id, params ReadOnlySpan<NodeKind> kinds) { if (id is not null) Ref(at, id, kinds); }

        public void Refs(string at, IReadOnlyList<string> ids, params ReadOnlySpan<NodeKind> kinds)
        {
            // The path of an item is only written out for a problem: most references resolve, and a million nodes hold millions.
            for (var i = 0; i < ids.Count; i++)
                if (Problem(ids[i], kinds) is { } message) Problems.Add(P(Node, $"{at}[{i}]", message));
        }

        /// <summary>What is wrong with a reference to <paramref name="id"/> that must be one of <paramref name="kinds"/>; null when nothing is.</summary>
        public string? Problem(string id, ReadOnlySpan<NodeKind> kinds)
        {
            if (id.Length == 0) return null; // reported as missing by the reader
            if (!Known.TryGet(id, out var kind, out _)) return $"dangling reference '{id}': no {string.Join(" or ", kinds.ToArray())} has this id";
            return kinds.Contains(kind) ? null : $"'{id}' is a {kind}, expected a {string.Join(" or ", kinds.ToArray())}";
        }

        public void Year(string at, int? year)
        {
            if (year is { } y && (y < MinFiscalYear || y > MaxFiscalYear))
                Problems.Add(P(Node, at, $"fiscal year {y} out of range ({MinFiscalYear}–{MaxFiscalYear}; H19 is 2007)"));
        }
    }
}
