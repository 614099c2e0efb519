using System.Collections.Concurrent;
using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Selectors;

namespace Lineage.Core.Engine;

/// <summary>
/// Resolves selectors to program flags, once per question (DESIGN.md §3): within a selector every list given narrows
/// the others and any value within a list matches; a ministry matches programs run by it or by its agencies, every
/// runner of a joint program counts, and a match is inherited by every phase and part below. A name that is not in
/// the graph is an error naming it — never an empty answer. The work is proportional to what the selector names.
/// </summary>
public static class SelectorResolver
{
    /// <summary>Resolved once per graph and selector: widgets ask the same questions again and again.</summary>
    public static ResolvedSelector Resolve(LineageGraph graph, ProgramSelector selector, string argument)
    {
        if (selector.IsAny) return ResolvedSelector.Any;
        var key = Key(selector);
        if (graph.Resolved.TryGetValue(key, out var cached)) return cached;
        var resolved = Resolve(graph.Catalog, graph.HandOffs, selector, argument);
        if (graph.Resolved.Count > 1024) graph.Resolved.Clear(); // a bound, not an eviction policy: cheap to rebuild
        graph.Resolved[key] = resolved;
        return resolved;
    }

    public static ResolvedSelector Resolve(ProgramCatalog catalog, HandOffTable handOffs, ProgramSelector selector, string argument)
    {
        if (selector.IsAny) return ResolvedSelector.Any;
        bool[]? lists = null;

        if (selector.Ministries.Count > 0)
        {
            var ministries = selector.Ministries.Select(code => catalog.MinistryIndex(code)
                ?? throw Unknown(argument, "ministries", EnumText.ToText(code), "ministry")).ToHashSet();
            var runners = Enumerable.Range(0, catalog.RunnerIds.Length).Where(r => ministries.Contains(catalog.RunnerMinistry[r]));
            lists = And(lists, Flags(catalog, runners.SelectMany(r => catalog.RunnerPrograms[r])));
        }
        if (selector.Agencies.Count > 0)
        {
            var agencies = selector.Agencies.Select(id => catalog.RunnerIndex(id) is { } r && !catalog.IsMinistry(r)
                ? r : throw Unknown(argument, "agencies", id, "agency", "an agency id such as agency:jst, or its code JST")).ToList();
            lists = And(lists, Flags(catalog, agencies.SelectMany(r => catalog.RunnerPrograms[r])));
        }
        if (selector.Programs.Count > 0)
        {
            var programs = selector.Programs.Select(id => catalog.ProgramIndex(id) ?? throw Unknown(argument, "programs", id, "program")).ToList();
            lists = And(lists, Flags(catalog, programs));
        }
        if (selector.Regions.Count == 0) return new ResolvedSelector(lists, null, null);

        var regions = new HashSet<int>();
        foreach (var id in selector.Regions)
            regions.UnionWith(catalog.Subtree(catalog.RegionIndex(id) ?? throw Unknown(argument, "regions", id, "region")));
        var confined = Flags(catalog, regions.SelectMany(r => catalog.RegionPrograms[r]));
        var projects = new bool[handOffs.ProjectCount];
        foreach (var r in regions)
            foreach (var project in catalog.ProjectsInRegion[r])
                if (handOffs.ProjectIndex(project) is { } i) projects[i] = true;
        // `confined` is fresh, so narrowing it leaves `lists` as it is for the seeds admitted by their project.
        return new ResolvedSelector(lists is null ? confined : And(confined, lists), lists, projects);
    }

    // The programs named, with every phase and part below them: a match is inherited downwards.
    private static bool[] Flags(ProgramCatalog catalog, IEnumerable<int> programs)
    {
        var flags = new bool[catalog.ProgramCount];
        catalog.FlagWithParts(programs, flags);
        return flags;
    }

    private static bool[] And(bool[]? a, bool[] b)
    {
        if (a is null) return b;
        for (var i = 0; i < a.Length; i++) a[i] &= b[i];
        return a;
    }

    // Asked on every question, so built without LINQ: a list of one (the usual selector) needs no sorting.
    private static string Key(ProgramSelector s)
    {
        var key = new System.Text.StringBuilder(64);
        var ministries = s.Ministries.Count <= 1 ? s.Ministries : s.Ministries.Distinct().Order().ToList();
        for (var i = 0; i < ministries.Count; i++) key.Append(i == 0 ? "" : ",").Append((int)ministries[i]);
        Append(key.Append('|'), s.Agencies);
        Append(key.Append('|'), s.Programs);
        Append(key.Append('|'), s.Regions);
        return key.ToString();
    }

    private static void Append(System.Text.StringBuilder key, IReadOnlyList<string> values)
    {
        if (values.Count <= 1)
        {
            if (values.Count == 1) key.Append(values[0]);
            return;
        }
        var first = true;
        foreach (var value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!first) key.Append(',');
            key.Append(value);
            first = false;
        }
    }

    private static InvalidQueryException Unknown(string argument, string list, string id, string kind, string? hint = null) =>
        new($"{argument}.{list}", $"{argument}.{list}: there is no {kind} '{id}' in the graph{(hint is null ? "" : $" (give {hint})")}.");
}
