using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>
/// The part of the graph selectors are resolved over — programs with their runners, parents and regions; ministries,
/// agencies, the region tree, where projects are located, cohort totals — compacted to integer indices and arrays.
/// Immutable: a store builds a new one when its data changes and swaps it in whole.
/// </summary>
public sealed class ProgramCatalog
{
    private readonly Dictionary<string, int> _programIndex;
    private readonly Dictionary<string, int> _runnerIndex;
    private readonly Dictionary<string, int> _regionIndex;
    private readonly Dictionary<MinistryCode, int> _ministryByCode;
    private readonly Dictionary<string, int> _cohortTotals;

    internal readonly string[] ProgramIds;
    internal readonly int[] Parent;          // -1: a top-level program
    internal readonly int[][] Runners;       // runner indices, runBy first
    internal readonly int[][] ProgramRegions;
    internal readonly int[] TopDown;         // every program, each after the program it is part of
    internal readonly string[] RunnerIds;    // ministries and agencies
    internal readonly int[] RunnerMinistry;  // a ministry's own index; an agency's ministry (-1 when unknown)
    internal readonly string[] RegionIds;
    internal readonly int[][] RegionChildren;
    internal readonly string[][] ProjectsInRegion; // projects located directly in each region
    internal readonly int[][] Children;            // the phases and parts of each program
    internal readonly int[][] RunnerPrograms;      // programs each ministry or agency runs itself (lead or joint)
    internal readonly int[][] RegionPrograms;      // programs confined to each region itself

    public ProgramCatalog(CatalogRows rows)
    {
        RunnerIds = [.. rows.Ministries.Select(m => m.Id), .. rows.Agencies.Select(a => a.Id)];
        _runnerIndex = Index(RunnerIds);
        _ministryByCode = rows.Ministries.Select((m, i) => (m.Code, i)).ToDictionary(x => x.Code, x => x.i);
        RunnerMinistry = new int[RunnerIds.Length];
        for (var i = 0; i < rows.Ministries.Count; i++) RunnerMinistry[i] = i;
        for (var i = 0; i < rows.Agencies.Count; i++)
            RunnerMinistry[rows.Ministries.Count + i] = _runnerIndex.TryGetValue(rows.Agencies[i].Ministry, out var m) && m < rows.Ministries.Count ? m : -1;

        RegionIds = rows.Regions.Select(r => r.Id).ToArray();
        _regionIndex = Index(RegionIds);
        var children = RegionIds.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < rows.Regions.Count; i++)
            if (rows.Regions[i].Within is { } w && _regionIndex.TryGetValue(w, out var parent)) children[parent].Add(i);
        RegionChildren = children.Select(c => c.ToArray()).ToArray();
        var inRegion = RegionIds.Select(_ => new List<string>()).ToArray();
        foreach (var p in rows.Projects)
            foreach (var r in p.Regions.Distinct(StringComparer.Ordinal))
                if (_regionIndex.TryGetValue(r, out var ri)) inRegion[ri].Add(p.Id);
        ProjectsInRegion = inRegion.Select(l => l.ToArray()).ToArray();

        ProgramIds = rows.Programs.Select(p => p.Id).ToArray();
        _programIndex = Index(ProgramIds);
        Parent = rows.Programs.Select(p => p.Parent is { } id && _programIndex.TryGetValue(id, out var i) ? i : -1).ToArray();
        Runners = rows.Programs.Select(p => p.Runners.Select(r => _runnerIndex.GetValueOrDefault(r, -1)).Where(r => r >= 0).Distinct().ToArray()).ToArray();
        ProgramRegions = rows.Programs.Select(p => p.Regions.Select(r => _regionIndex.GetValueOrDefault(r, -1)).Where(r => r >= 0).Distinct().ToArray()).ToArray();
        TopDown = OrderTopDown(Parent);
        Children = Invert(ProgramIds.Length, Enumerable.Range(0, ProgramIds.Length).Where(p => Parent[p] >= 0).Select(p => (Parent[p], p)));
        RunnerPrograms = Invert(RunnerIds.Length, Enumerable.Range(0, ProgramIds.Length).SelectMany(p => Runners[p].Select(r => (r, p))));
        RegionPrograms = Invert(RegionIds.Length, Enumerable.Range(0, ProgramIds.Length).SelectMany(p => ProgramRegions[p].Select(r => (r, p))));
        _cohortTotals = rows.Cohorts.ToDictionary(c => c.Id, c => c.Total, StringComparer.Ordinal);
    }

    public static ProgramCatalog Empty { get; } = new(new CatalogRows([], [], [], [], [], []));

    public int ProgramCount => ProgramIds.Length;

    public int? ProgramIndex(string id) => _programIndex.TryGetValue(id, out var i) ? i : null;

    internal int? RunnerIndex(string id) => _runnerIndex.TryGetValue(id, out var i) ? i : null;

    internal int? MinistryIndex(MinistryCode code) => _ministryByCode.TryGetValue(code, out var i) ? i : null;

    internal int? RegionIndex(string id) => _regionIndex.TryGetValue(id, out var i) ? i : null;

    internal bool IsMinistry(int runner) => RunnerMinistry[runner] == runner;

    internal int? CohortTotal(string id) => _cohortTotals.TryGetValue(id, out var t) ? t : null;

    /// <summary>The ministry in charge of a program: its (lead) runner, or that runner's ministry when an agency runs it.</summary>
    internal string? LeadMinistry(int program) =>
        Runners[program].Length > 0 && RunnerMinistry[Runners[program][0]] is var m and >= 0 ? RunnerIds[m] : null;

    /// <summary>A region and every region within it.</summary>
    internal IEnumerable<int> Subtree(int region)
    {
        var stack = new Stack<int>();
        var seen = new HashSet<int>();
        stack.Push(region);
        while (stack.Count > 0)
        {
            var r = stack.Pop();
            if (!seen.Add(r)) continue; // a region tree is validated acyclic; this keeps a broken one from looping
            yield return r;
            foreach (var c in RegionChildren[r]) stack.Push(c);
        }
    }

    /// <summary>Flags every program in <paramref name="roots"/> and every phase and part below them; returns how many it flagged anew.</summary>
    internal int FlagWithParts(IEnumerable<int> roots, bool[] flags)
    {
        var stack = new Stack<int>(roots);
        var flagged = 0;
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            if (flags[p]) continue; // reached twice (two roots, one inside the other), or a cycle the validator rejects
            flags[p] = true;
            flagged++;
            foreach (var c in Children[p]) stack.Push(c);
        }
        return flagged;
    }

    private static int[][] Invert(int count, IEnumerable<(int Key, int Value)> pairs)
    {
        var lists = new List<int>[count];
        foreach (var (key, value) in pairs) (lists[key] ??= []).Add(value);
        return lists.Select(l => l?.Distinct().ToArray() ?? []).ToArray();
    }

    private static Dictionary<string, int> Index(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) index.TryAdd(ids[i], i);
        return index;
    }

    // Parents before their parts, so a match can be inherited in one pass; a cycle (rejected by the validator) is cut.
    private static int[] OrderTopDown(int[] parent)
    {
        var depth = new int[parent.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            var d = 0;
            for (var p = parent[i]; p >= 0 && d <= parent.Length; p = parent[p]) d++;
            depth[i] = d;
        }
        return Enumerable.Range(0, parent.Length).OrderBy(i => depth[i]).ThenBy(i => i).ToArray();
    }
}
