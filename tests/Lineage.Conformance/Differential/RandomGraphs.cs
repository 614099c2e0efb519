using CsCheck;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Conformance.Differential;

/// <summary>
/// Random graphs of the kind the rules must get right — nested sub-programs, agencies, joint runners, regions within
/// regions, seeds that branch and merge (never in a cycle: the validator forbids it), aggregate hand-offs, cohorts,
/// known and unknown fiscal years — and random questions over them, including ids that are not in the graph.
/// Everything is built from small integers, so CsCheck shrinks a failure to a small graph.
/// </summary>
public static class RandomGraphs
{
    private static readonly MinistryCode[] Codes = Enum.GetValues<MinistryCode>();
    private static readonly Gen<int> Pct = Gen.Int[0, 99];

    public sealed record ProgramSpec(int Runner, int Joint, int Parent, int Region);

    public sealed record HandOffSpec(int Seed, int From, int To, int Year, int Span, int Stage);

    public sealed record AggregateSpec(int From, int To, int Year, int Count, int Cohort, int Stage);

    public sealed record GraphSpec(int Ministries, int[] Agencies, int[] Regions, ProgramSpec[] Programs, int[] Projects, HandOffSpec[] HandOffs, AggregateSpec[] Aggregates, int Cohorts);

    public static Gen<GraphSpec> Graphs(int maxPrograms) =>
        from ministries in Gen.Int[1, 4]
        from agencies in Pct.Array[0, 3]
        from regions in Pct.Array[0, 10]
        from programs in (from r in Pct from j in Pct from p in Pct from g in Pct select new ProgramSpec(r, j, p, g)).Array[1, maxPrograms]
        from projects in Pct.Array[1, 30]
        from handOffs in (from s in Pct from f in Gen.Int[0, 5] from t in Gen.Int[0, 5] from y in Pct from n in Pct from st in Gen.Int[0, 4]
                          select new HandOffSpec(s, f, t, y, n, st)).Array[0, 120]
        from aggregates in (from f in Pct from t in Pct from y in Pct from c in Pct from k in Pct from st in Gen.Int[0, 4]
                            select new AggregateSpec(f, t, y, c, k, st)).Array[0, 15]
        from cohorts in Gen.Int[0, 3]
        select new GraphSpec(ministries, agencies, regions, programs, projects, handOffs, aggregates, cohorts);

    /// <summary>The dataset a spec stands for; valid by construction (the differential test checks that too).</summary>
    public static Dataset Build(GraphSpec spec)
    {
        var ev = (IReadOnlyList<Evidence>)[new Evidence("source:gen", "generated")];
        var ministries = Codes.Take(spec.Ministries).Select(c => new Ministry($"ministry:{c.ToString().ToLowerInvariant()}", c, new($"{c}省"), ev)).ToList();
        var agencies = spec.Agencies.Select((m, i) => new Agency($"agency:a{i}", $"A{i}", new($"機構{i}"), ministries[m % ministries.Count].Id, ev)).ToList();
        var runners = ministries.Select(m => m.Id).Concat(agencies.Select(a => a.Id)).ToList();
        var regions = new List<Region>();
        for (var i = 0; i < spec.Regions.Length; i++)
            regions.Add(new Region($"region:r{i}", new($"地域{i}"), RegionKind.Area, spec.Regions[i] < 30 || i == 0 ? null : regions[spec.Regions[i] % i].Id, ev));

        var programs = new List<Program>();
        var depth = new List<int>();
        for (var i = 0; i < spec.Programs.Length; i++)
        {
            var p = spec.Programs[i];
            var runBy = runners[p.Runner % runners.Count];
            var joint = p.Joint < 10 && runners.Count > 1 ? runners[(p.Runner + 1 + p.Joint) % runners.Count] : null;
            int? parent = p.Parent < 35 && i > 0 ? p.Parent % i : null;
            if (parent is { } q && depth[q] >= 2) parent = null; // sub-programs three deep at most
            depth.Add(parent is { } pp ? depth[pp] + 1 : 0);
            programs.Add(new Program($"program:p{i}", new($"事業{i}"), runBy, joint is null || joint == runBy ? [] : [joint],
                parent is { } x ? programs[x].Id : null, null, null, null, null,
                p.Region < 20 && regions.Count > 0 ? [regions[p.Region % regions.Count].Id] : [], [], ev));
        }
        var projects = spec.Projects.Select((r, i) => new Project($"project:s{i}", new($"シーズ{i}"),
            r < 50 && regions.Count > 0 ? [regions[r % regions.Count].Id] : [], [], ev)).ToList();

        var transfers = new List<Transfer>();
        var seen = new HashSet<(int, int, int)>();
        foreach (var h in spec.HandOffs)
        {
            // Each seed moves among a few programs of its own, so chains, branches and merges are common; a hand-off
            // only goes up the seed's own order of them, so no seed can come back to a program it passed through.
            var seed = h.Seed % projects.Count;
            var pool = Pool(seed, programs.Count);
            var (a, b) = (Math.Min(h.From, h.To) % pool.Length, Math.Max(h.From, h.To) % pool.Length);
            if (a >= b || !seen.Add((seed, a, b))) continue;
            var (from, to) = (pool[a], pool[b]);
            var (fy, ty) = Years(h.Year, h.Span);
            transfers.Add(new Transfer($"transfer:h{transfers.Count}", programs[from].Id, programs[to].Id, projects[seed].Id, fy, ty, (Stage)h.Stage, null, null, null, ev)
                { Basis = h.Span % 10 == 0 ? Basis.Inferred : Basis.Stated, Inference = h.Span % 10 == 0 ? "generated" : null });
        }
        var cohortCounts = new int[spec.Cohorts];
        foreach (var g in spec.Aggregates)
        {
            var (from, to) = (g.From % programs.Count, g.To % programs.Count);
            if (from == to) continue;
            var (fy, ty) = Years(g.Year, g.Count);
            var cohort = spec.Cohorts > 0 && g.Cohort < 40 ? g.Cohort % spec.Cohorts : (int?)null;
            int? count = g.Count < 30 ? null : g.Count % 7 + 1;
            if (cohort is { } c) cohortCounts[c] += count ?? 0;
            transfers.Add(new Transfer($"transfer:g{transfers.Count}", programs[from].Id, programs[to].Id, null, fy, ty, (Stage)g.Stage, count,
                cohort is { } k ? $"cohort:c{k}" : null, null, ev));
        }
        var cohorts = cohortCounts.Select((n, i) => new Cohort($"cohort:c{i}", n + 3, null, null, ev)).ToList();
        var sources = new List<Source> { new("source:gen", "gen.txt", new("生成"), null, null, ev) };
        return new Dataset(sources, ministries, agencies, programs, regions, [], projects, [], cohorts, transfers, []);
    }

    // The (up to) six programs a seed moves among, in the seed's own order through them; distinct, so going up the
    // order never comes back.
    private static int[] Pool(int seed, int programs) =>
        Enumerable.Range(0, 6).Select(k => (seed * 7 + k * (2 * seed + 3)) % programs).Distinct().ToArray();

    private static (int?, int?) Years(int year, int span) =>
        year < 15 ? (null, span < 50 ? null : 2000 + span % 12) : (2000 + year % 12, span < 15 ? null : 2000 + year % 12 + span % 3);

    public sealed record SelectorSpec(int Kind, int A, int B);

    public sealed record QuestionSpec(SelectorSpec From, SelectorSpec To, int MaxHops, int MinStage, int Window, int Page, int Group, int Basis);

    private static readonly Gen<SelectorSpec> Selectors = from k in Gen.Int[0, 9] from a in Pct from b in Pct select new SelectorSpec(k, a, b);

    public static Gen<QuestionSpec[]> Questions(int count) =>
        (from f in Selectors from t in Selectors from h in Gen.Int[1, 8] from s in Gen.Int[0, 5] from w in Pct from p in Gen.Int[1, 10] from g in Gen.Int[0, 1] from b in Pct
         select new QuestionSpec(f, t, h, s, w, p, g, b)).Array[count];

    public static LineageQuery Lineage(Dataset d, QuestionSpec q)
    {
        var (lo, hi) = Window(q.Window);
        return new LineageQuery(Selector(d, q.From), Selector(d, q.To), q.MinStage == 5 ? null : (Stage)q.MinStage, q.MaxHops, lo, hi, q.Page, Basis: Bases(q.Basis));
    }

    public static FlowQuery Flows(Dataset d, QuestionSpec q)
    {
        var (lo, hi) = Window(q.Window);
        return new FlowQuery(q.Group == 0 ? FlowGrouping.Ministry : FlowGrouping.Program, Selector(d, q.From), Selector(d, q.To), q.MinStage == 5 ? null : (Stage)q.MinStage, lo, hi, Bases(q.Basis));
    }

    private static IReadOnlyList<Basis>? Bases(int b) => b switch
    {
        < 70 => null,
        < 85 => [Basis.Stated],
        < 95 => [Basis.Inferred],
        _ => [Basis.Inferred, Basis.Stated],
    };

    private static (int?, int?) Window(int w) => w switch
    {
        < 60 => (null, null),
        < 75 => (2000 + w % 12, null),
        < 90 => (null, 2000 + w % 12),
        _ => (2000 + w % 6, 2006 + w % 6),
    };

    // Mostly ids of the graph; now and then one that is not in it (the answer must then be an error naming it).
    private static ProgramSelector Selector(Dataset d, SelectorSpec s)
    {
        IReadOnlyList<MinistryCode> Ministries(int v) => [Codes[v % (v < 90 ? Math.Max(1, d.Ministries.Count) : Codes.Length)]];
        IReadOnlyList<string> Pick<T>(IReadOnlyList<T> items, int v, string missing) where T : INode =>
            items.Count == 0 || v >= 95 ? [missing] : [items[v % items.Count].Id, .. v % 3 == 0 ? [items[(v / 3) % items.Count].Id] : Array.Empty<string>()];
        return s.Kind switch
        {
            1 => ProgramSelector.Any with { Ministries = Ministries(s.A) },
            2 => ProgramSelector.Any with { Agencies = Pick(d.Agencies, s.A, "agency:none") },
            3 => ProgramSelector.Any with { Programs = Pick(d.Programs, s.A, "program:none") },
            4 => ProgramSelector.Any with { Regions = Pick(d.Regions, s.A, "region:none") },
            5 => ProgramSelector.Any with { Ministries = Ministries(s.A), Regions = Pick(d.Regions, s.B, "region:none") },
            6 => ProgramSelector.Any with { Ministries = Ministries(s.A), Agencies = Pick(d.Agencies, s.B, "agency:none") },
            7 => ProgramSelector.Any with { Programs = Pick(d.Programs, s.A, "program:none"), Ministries = Ministries(s.B) },
            _ => ProgramSelector.Any,
        };
    }
}
