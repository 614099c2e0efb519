using Lineage.Core.Datasets;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Conformance.Differential;

/// <summary>
/// DESIGN.md §3 read literally and computed by brute force, sharing nothing with the engine: every chain of every
/// seed, the candidates among them, the candidates that are no contiguous part of another candidate of their seed, in
/// the order of §3. Slow on purpose — it is the oracle the engine and every store are compared with on random graphs.
/// </summary>
public sealed class ReferenceAnswers(Dataset d)
{
    private readonly Dictionary<string, Program> _programs = d.Programs.ToDictionary(p => p.Id);
    private readonly Dictionary<string, Project> _projects = d.Projects.ToDictionary(p => p.Id);

    /// <summary>Every answer in order, or the argument of the first id the question names that is not in the graph.</summary>
    public (IReadOnlyList<IReadOnlyList<Transfer>> Paths, string? Refused) Lineage(LineageQuery q)
    {
        if ((Unknown(q.From, "from") ?? Unknown(q.To, "to")) is { } refused) return ([], refused);
        var chains = new List<List<Transfer>>();
        void Extend(List<Transfer> chain)
        {
            chains.Add(chain);
            var last = chain[^1];
            if (last.Project is null || chain.Count == q.MaxHops) return;
            var passed = chain.Select(t => t.To).Append(chain[0].From).ToHashSet();
            foreach (var t in d.Transfers)
                if (t.Project == last.Project && t.From == last.To && Admits(t, q.FiscalYearFrom, q.FiscalYearTo, q.Basis) && !passed.Contains(t.To))
                    Extend([.. chain, t]);
        }
        foreach (var t in d.Transfers.Where(t => Admits(t, q.FiscalYearFrom, q.FiscalYearTo, q.Basis))) Extend([t]);

        var candidates = chains.Where(c => Matches(q.From, c[0].From, c[0].Project) && Matches(q.To, c[^1].To, c[^1].Project)
            && c[^1].Stage >= (q.MinStage ?? Stage.Seed)).ToList();
        var answers = candidates.Where(c => !candidates.Any(o => Seed(o) == Seed(c) && IsInside(c, o))).ToList();
        answers.Sort((x, y) =>
        {
            var k = (x[0].FromFiscalYear ?? int.MaxValue).CompareTo(y[0].FromFiscalYear ?? int.MaxValue);
            if (k == 0) k = string.CompareOrdinal(Seed(x), Seed(y));
            for (var i = 0; k == 0 && i < Math.Min(x.Count, y.Count); i++) k = string.CompareOrdinal(x[i].Id, y[i].Id);
            return k != 0 ? k : x.Count.CompareTo(y.Count);
        });
        return (answers, null);
    }

    public (IReadOnlyList<FlowRow> Rows, string? Refused) Flows(FlowQuery q)
    {
        if ((Unknown(q.From, "from") ?? Unknown(q.To, "to")) is { } refused) return ([], refused);
        var edges = d.Transfers.Where(t => Admits(t, q.FiscalYearFrom, q.FiscalYearTo, q.Basis) && t.Stage >= (q.MinStage ?? Stage.Seed)
            && Matches(q.From, t.From, t.Project) && Matches(q.To, t.To, t.Project));
        var rows = edges.GroupBy(t => q.GroupBy == FlowGrouping.Ministry ? (Lead(t.From), Lead(t.To)) : (t.From, t.To))
            .Select(g =>
            {
                var projects = g.Select(t => t.Project).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
                var seeds = projects.Count
                    + g.Where(t => t.Project is null && t.Cohort is null).Sum(t => t.Count ?? 1)
                    + g.Where(t => t.Project is null && t.Cohort is not null).Select(t => t.Cohort!).Distinct().Sum(c => d.Cohorts.Single(x => x.Id == c).Total);
                return new FlowRow(g.Key.Item1, g.Key.Item2, seeds, g.Select(t => t.Id).Order(StringComparer.Ordinal).ToList(), projects,
                    g.Select(t => t.Cohort).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList());
            })
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Target, StringComparer.Ordinal).ToList();
        return (rows, null);
    }

    private static string Seed(List<Transfer> chain) => chain[0].Project ?? chain[0].Id;

    private static bool IsInside(List<Transfer> part, List<Transfer> whole) =>
        part.Count < whole.Count && Enumerable.Range(0, whole.Count - part.Count + 1).Any(i => whole.Skip(i).Take(part.Count).SequenceEqual(part));

    private static bool Admits(Transfer t, int? lo, int? hi, IReadOnlyList<Basis>? basis) =>
        (lo is null || (t.FromFiscalYear is { } f && f >= lo)) && (hi is null || (t.ToFiscalYear is { } to && to <= hi))
        && (basis is not { Count: > 0 } || basis.Contains(t.Basis));

    private string Lead(string program)
    {
        var runner = _programs[program].RunBy!; // the validator refuses a hand-off at a program without a runner
        return runner.StartsWith("agency:", StringComparison.Ordinal) ? d.Agencies.Single(a => a.Id == runner).Ministry : runner;
    }

    private string? Unknown(ProgramSelector s, string side)
    {
        foreach (var m in s.Ministries) if (d.Ministries.All(x => x.Code != m)) return side + ".ministries";
        foreach (var a in s.Agencies) if (d.Agencies.All(x => x.Id != a)) return side + ".agencies";
        foreach (var p in s.Programs) if (!_programs.ContainsKey(p)) return side + ".programs";
        foreach (var r in s.Regions) if (d.Regions.All(x => x.Id != r)) return side + ".regions";
        return null;
    }

    private bool Matches(ProgramSelector s, string program, string? project)
    {
        var chain = new List<Program>();
        for (var p = _programs[program]; ; p = _programs[p.Parent!])
        {
            chain.Add(p);
            if (p.Parent is null) break;
        }
        var runners = chain.SelectMany(p => p.AlsoRunBy.Prepend(p.RunBy)).ToList();
        var ok = true;
        if (s.Ministries.Count > 0)
            ok &= runners.Any(r => s.Ministries.Contains(d.Ministries.Single(m => m.Id == (d.Agencies.SingleOrDefault(a => a.Id == r)?.Ministry ?? r)).Code));
        if (s.Agencies.Count > 0) ok &= runners.Any(s.Agencies.Contains);
        if (s.Programs.Count > 0) ok &= chain.Any(p => s.Programs.Contains(p.Id));
        if (s.Regions.Count > 0)
        {
            var inside = new HashSet<string>(s.Regions);
            while (d.Regions.FirstOrDefault(r => r.Within is not null && inside.Contains(r.Within) && !inside.Contains(r.Id)) is { } more) inside.Add(more.Id);
            var confined = chain.Any(p => p.Regions.Any(inside.Contains));
            var located = project is not null && _projects[project].Regions.Any(inside.Contains);
            ok &= confined || located;
        }
        return ok;
    }

    /// <summary>A graph and question as text: what a failing differential case prints.</summary>
    public static string Describe(Dataset d, IEnumerable<string> questions)
    {
        var lines = new List<string> { "graph:" };
        lines.AddRange(d.Ministries.Select(m => $"  {m.Id} ({EnumText.ToText(m.Code)})"));
        lines.AddRange(d.Agencies.Select(a => $"  {a.Id} under {a.Ministry}"));
        lines.AddRange(d.Regions.Select(r => $"  {r.Id}{(r.Within is null ? "" : " within " + r.Within)}"));
        lines.AddRange(d.Programs.Select(p => $"  {p.Id} run by {string.Join("+", p.AlsoRunBy.Prepend(p.RunBy))}" +
            (p.Parent is null ? "" : $", part of {p.Parent}") + (p.Regions.Count == 0 ? "" : $", in {string.Join(",", p.Regions)}")));
        lines.AddRange(d.Projects.Where(p => p.Regions.Count > 0).Select(p => $"  {p.Id} in {string.Join(",", p.Regions)}"));
        lines.AddRange(d.Cohorts.Select(c => $"  {c.Id} total {c.Total}"));
        lines.AddRange(d.Transfers.Select(t => $"  {t.Id}: {t.From} -> {t.To} {t.Project ?? "(aggregate)"} {EnumText.ToText(t.Stage)} FY{t.FromFiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}-{t.ToFiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}" +
            (t.Count is null ? "" : $" count {t.Count}") + (t.Cohort is null ? "" : $" {t.Cohort}") + (t.Basis == Basis.Inferred ? " INFERRED" : "")));
        lines.Add("questions:");
        lines.AddRange(questions.Select(q => "  " + q));
        return string.Join('\n', lines);
    }
}
