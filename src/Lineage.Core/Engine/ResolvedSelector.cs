namespace Lineage.Core.Engine;

/// <summary>
/// A <see cref="Selectors.ProgramSelector"/> resolved against one catalogue and one hand-off table: which programs an
/// end of a path may be, as flags over program indices. With regions, an end also matches when the seed's project is
/// located in them and the program matches the other lists.
/// </summary>
public sealed class ResolvedSelector
{
    internal static readonly ResolvedSelector Any = new(null, null, null);

    internal ResolvedSelector(bool[]? programs, bool[]? listPrograms, bool[]? projects)
    {
        Programs = programs;
        ListPrograms = listPrograms;
        Projects = projects;
        ProgramList = programs is null ? null : Flagged(programs);
        ProjectList = projects is null ? null : Flagged(projects);
    }

    /// <summary>Programs matching every list given; null: every program (an empty selector).</summary>
    internal bool[]? Programs { get; }

    /// <summary>The indices flagged in <see cref="Programs"/>, in order.</summary>
    internal int[]? ProgramList { get; }

    /// <summary>With regions: programs matching the lists other than regions (null: every program).</summary>
    internal bool[]? ListPrograms { get; }

    /// <summary>With regions: hand-off projects located in them; null when the selector names no region.</summary>
    internal bool[]? Projects { get; }

    /// <summary>The indices flagged in <see cref="Projects"/>, in order.</summary>
    internal int[]? ProjectList { get; }

    public bool IsAny => Programs is null && Projects is null;

    internal bool Matches(int program, int project) =>
        (Programs is null || Programs[program])
        || (Projects is not null && project >= 0 && Projects[project] && (ListPrograms is null || ListPrograms[program]));

    /// <summary>
    /// Ids of the programs an end can be at all (a superset when regions admit seeds by project); null: any program.
    /// What a store that fetches hand-offs per question narrows its read with.
    /// </summary>
    public IReadOnlyList<string>? CandidatePrograms(ProgramCatalog catalog)
    {
        var flags = Projects is null ? Programs : ListPrograms;
        if (flags is null) return null;
        var ids = new List<string>();
        for (var p = 0; p < flags.Length; p++) if (flags[p]) ids.Add(catalog.ProgramIds[p]);
        return ids;
    }

    private static int[] Flagged(bool[] flags)
    {
        var list = new List<int>();
        for (var i = 0; i < flags.Length; i++) if (flags[i]) list.Add(i);
        return list.ToArray();
    }
}
