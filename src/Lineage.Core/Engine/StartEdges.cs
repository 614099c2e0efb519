namespace Lineage.Core.Engine;

/// <summary>
/// The hand-offs a path (or a flow) can begin with: admitted by the question (<see cref="HandOffFilter"/>) and leaving a program that matches
/// `from`. Found through the programs that match (and, with regions, the projects located there) — or, when the end of
/// the question is the narrower side, through the seeds that reach it — so the cost follows the part of the graph the
/// question names, not the size of the graph.
/// </summary>
internal static class StartEdges
{
    /// <summary>Every start, in no particular order.</summary>
    public static List<int> Find(HandOffTable h, ResolvedSelector from, HandOffFilter filter)
    {
        var starts = new List<int>();
        if (from.IsAny)
        {
            for (var e = 0; e < h.Length; e++)
                if (h.Admits(e, filter)) starts.Add(e);
            return starts;
        }
        foreach (var p in from.ProgramList!)
            foreach (var e in h.Leaving(p))
                if (h.Admits(e, filter)) starts.Add(e);
        if (from.ProjectList is { } projects)
            foreach (var s in projects)
                foreach (var e in h.OfProject(s))
                {
                    // Edges of matching programs are in already; the others come in through their seed's location.
                    if (from.Programs![h.Edges[e].From] || (from.ListPrograms is { } list && !list[h.Edges[e].From])) continue;
                    if (h.Admits(e, filter)) starts.Add(e);
                }
        return starts;
    }

    /// <summary>
    /// Every start of a path that can also end at a program of `to`, seed by seed (index order: walks from them stay
    /// among neighbouring hand-offs). A start whose seed never enters `to` at <paramref name="minRank"/> or beyond is
    /// left out: no walk from it could end.
    /// </summary>
    public static List<int> Of(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter, byte minRank)
    {
        var ends = to.IsAny ? int.MaxValue : Reach(h, to, entering: true);
        var starts = from.IsAny ? int.MaxValue : Reach(h, from, entering: false);
        if (ends < starts / 4) return BySeedsReaching(h, from, to, filter, minRank);
        // Sorting what a narrow `from` names beats scanning everything in order; past an eighth of the graph it does not.
        var scan = starts > h.Length / 8;
        // Finding the seeds that end costs a look at each hand-off into `to` (or at all of them): worth it only where it
        // saves more walks than that.
        var ending = to.IsAny ? (scan && minRank > 0 ? SeedsEnding(h, to, filter, minRank) : null)
            : ends <= 2L * starts ? SeedsEnding(h, to, filter, minRank) : null;
        var found = scan ? Scan(h, from, filter, ending) : InIndexOrder(Find(h, from, filter));
        if (ending is not null && !scan) found.RemoveAll(e => h.Edges[e].Project >= 0 && !ending[h.Edges[e].Project]);
        return found;
    }

    // Seeds with a hand-off that ends a path (into `to`, at minRank or beyond): found from `to`'s side when it names
    // programs, else by one pass.
    private static bool[] SeedsEnding(HandOffTable h, ResolvedSelector to, HandOffFilter filter, byte minRank)
    {
        var ending = new bool[h.ProjectCount];
        void Consider(int e)
        {
            if (h.Edges[e].Project >= 0 && Ends(h, e, to, filter, minRank)) ending[h.Edges[e].Project] = true;
        }
        if (to.IsAny)
            for (var e = 0; e < h.Length; e++) Consider(e);
        else ForEachInto(h, to, Consider);
        return ending;
    }

    private static bool Ends(HandOffTable h, int e, ResolvedSelector to, HandOffFilter filter, byte minRank) =>
        h.Edges[e].Stage >= minRank && h.Admits(e, filter) && to.Matches(h.Edges[e].To, h.Edges[e].Project);

    // The hand-offs that may end a path at `to` (a selector that names something): those entering its programs, and
    // those of the seeds located in its regions.
    private static void ForEachInto(HandOffTable h, ResolvedSelector to, Action<int> visit)
    {
        foreach (var p in to.ProgramList!)
            foreach (var e in h.Entering(p)) visit(e);
        if (to.ProjectList is { } projects)
            foreach (var s in projects)
                foreach (var e in h.OfProject(s)) visit(e);
    }

    private static List<int> InIndexOrder(List<int> edges)
    {
        edges.Sort();
        return edges;
    }

    private static List<int> Scan(HandOffTable h, ResolvedSelector from, HandOffFilter filter, bool[]? ending)
    {
        var starts = new List<int>();
        for (var e = 0; e < h.Length; e++)
        {
            ref readonly var x = ref h.Edges[e];
            if ((ending is null || x.Project < 0 || ending[x.Project]) && from.Matches(x.From, x.Project) && h.Admits(e, filter)) starts.Add(e);
        }
        return starts;
    }

    // The starts of the seeds with a hand-off that ends a path: what an upstream question (any program to this one) needs.
    private static List<int> BySeedsReaching(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter, byte minRank)
    {
        var seeds = new HashSet<int>();
        var starts = new List<int>();
        ForEachInto(h, to, e =>
        {
            if (!Ends(h, e, to, filter, minRank)) return;
            if (h.Edges[e].Project >= 0) seeds.Add(h.Edges[e].Project);
            else if (from.Matches(h.Edges[e].From, -1)) starts.Add(e);
        });
        foreach (var s in seeds)
            foreach (var e in h.OfProject(s))
                if (h.Admits(e, filter) && from.Matches(h.Edges[e].From, s)) starts.Add(e);
        return InIndexOrder(starts);
    }

    // How many hand-offs leave (or enter) what a selector names: the cost of starting from that side.
    private static int Reach(HandOffTable h, ResolvedSelector s, bool entering)
    {
        var n = 0;
        foreach (var p in s.ProgramList!) n += entering ? h.Entering(p).Length : h.Leaving(p).Length;
        if (s.ProjectList is { } projects)
            foreach (var project in projects) n += h.OfProject(project).Length;
        return n;
    }
}
