using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Selectors;

namespace Lineage.Core.Engine;

/// <summary>
/// Resolves selectors to program flags, once per question (DESIGN.md §3): within a selector every list given narrows
/// the others and any value within a list matches; a ministry matches programs run by it or by its agencies, every
/// runner of a joint program counts, and a match is inherited by every phase and part below. A name that is not in
/// the graph is an error naming it — never an empty answer.
/// </summary>
public static class SelectorResolver
{
    public static ResolvedSelector Resolve(ProgramCatalog catalog, HandOffTable handOffs, ProgramSelector selector, string argument)
    {
        if (selector.IsAny) return new ResolvedSelector(null, null, null);
        bool[]? lists = null;

        if (selector.Ministries.Count > 0)
        {
            var ministries = selector.Ministries.Select(code => catalog.MinistryIndex(code)
                ?? throw Unknown(argument, "ministries", EnumText.ToText(code), "ministry")).ToHashSet();
            lists = And(lists, Inherit(catalog, p => catalog.Runners[p].Any(r => ministries.Contains(catalog.RunnerMinistry[r]))));
        }
        if (selector.Agencies.Count > 0)
        {
            var agencies = selector.Agencies.Select(id => catalog.RunnerIndex(id) is { } r && !catalog.IsMinistry(r)
                ? r : throw Unknown(argument, "agencies", id, "agency", "an agency id such as agency:jst, or its code JST")).ToHashSet();
            lists = And(lists, Inherit(catalog, p => catalog.Runners[p].Any(agencies.Contains)));
        }
        if (selector.Programs.Count > 0)
        {
            var programs = selector.Programs.Select(id => catalog.ProgramIndex(id) ?? throw Unknown(argument, "programs", id, "program")).ToHashSet();
            lists = And(lists, Inherit(catalog, programs.Contains));
        }
        if (selector.Regions.Count == 0) return new ResolvedSelector(lists, null, null);

        var regions = new HashSet<int>();
        foreach (var id in selector.Regions)
            regions.UnionWith(catalog.Subtree(catalog.RegionIndex(id) ?? throw Unknown(argument, "regions", id, "region")));
        var confined = Inherit(catalog, p => catalog.ProgramRegions[p].Any(regions.Contains));
        var projects = new bool[handOffs.ProjectCount];
        foreach (var r in regions)
            foreach (var project in catalog.ProjectsInRegion[r])
                if (handOffs.ProjectIndex(project) is { } i) projects[i] = true;
        // `confined` is fresh, so narrowing it leaves `lists` as it is for the seeds admitted by their project.
        return new ResolvedSelector(lists is null ? confined : And(confined, lists), lists, projects);
    }

    // A direct match, handed down from each program to its phases and parts.
    private static bool[] Inherit(ProgramCatalog catalog, Func<int, bool> direct)
    {
        var match = new bool[catalog.ProgramCount];
        foreach (var p in catalog.TopDown)
            match[p] = direct(p) || (catalog.Parent[p] >= 0 && match[catalog.Parent[p]]);
        return match;
    }

    private static bool[] And(bool[]? a, bool[] b)
    {
        if (a is null) return b;
        for (var i = 0; i < a.Length; i++) a[i] &= b[i];
        return a;
    }

    private static InvalidQueryException Unknown(string argument, string list, string id, string kind, string? hint = null) =>
        new($"{argument}.{list}", $"{argument}.{list}: there is no {kind} '{id}' in the graph{(hint is null ? "" : $" (give {hint})")}.");
}
