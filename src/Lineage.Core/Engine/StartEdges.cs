namespace Lineage.Core.Engine;

/// <summary>
/// The hand-offs a path (or a flow) can begin with: inside the fiscal-year window and leaving a program that matches
/// `from`. Found through the programs that match (and, with regions, the projects located there), so the cost follows
/// the part of the graph the selector names, not the size of the graph.
/// </summary>
internal static class StartEdges
{
    public static List<int> Find(HandOffTable h, ResolvedSelector from, int? fiscalYearFrom, int? fiscalYearTo)
    {
        var starts = new List<int>();
        if (from.IsAny)
        {
            for (var e = 0; e < h.Length; e++)
                if (h.InWindow(e, fiscalYearFrom, fiscalYearTo)) starts.Add(e);
            return starts;
        }
        var programs = from.Programs!;
        for (var p = 0; p < programs.Length; p++)
        {
            if (!programs[p]) continue;
            foreach (var e in h.Leaving(p))
                if (h.InWindow(e, fiscalYearFrom, fiscalYearTo)) starts.Add(e);
        }
        if (from.Projects is { } projects)
        {
            for (var s = 0; s < projects.Length; s++)
            {
                if (!projects[s]) continue;
                foreach (var e in h.OfProject(s))
                {
                    // Edges of matching programs are in already; the others come in through their seed's location.
                    if (programs[h.From[e]] || (from.ListPrograms is { } list && !list[h.From[e]])) continue;
                    if (h.InWindow(e, fiscalYearFrom, fiscalYearTo)) starts.Add(e);
                }
            }
        }
        return starts;
    }
}
