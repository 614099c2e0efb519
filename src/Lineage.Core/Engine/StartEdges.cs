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
                    if (from.Programs![h.From[e]] || (from.ListPrograms is { } list && !list[h.From[e]])) continue;
                    if (h.Admits(e, filter)) starts.Add(e);
                }
        return starts;
    }

    /// <summary>Every start of a path that can also end at a program of `to`, in the order answers start in (<see cref="HandOffTable.Rank"/>).</summary>
    public static IEnumerable<int> InAnswerOrder(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter)
    {
        var ends = to.IsAny ? int.MaxValue : Reach(h, to, entering: true);
        var starts = from.IsAny ? int.MaxValue : Reach(h, from, entering: false);
        if (ends < starts / 4) return BySeedsReaching(h, from, to, filter);
        // Sorting what a narrow `from` names beats scanning everything in order; past an eighth of the graph it does not.
        if (starts > h.Length / 8) return Scan(h, from, filter);
        return InRankOrder(h, Find(h, from, filter));
    }

    // Sorted by their ranks as plain integers: no comparer to call a million times.
    private static int[] InRankOrder(HandOffTable h, List<int> edges)
    {
        var ranks = new int[edges.Count];
        for (var i = 0; i < ranks.Length; i++) ranks[i] = h.Rank[edges[i]];
        Array.Sort(ranks);
        for (var i = 0; i < ranks.Length; i++) ranks[i] = h.ByRank[ranks[i]];
        return ranks;
    }

    private static IEnumerable<int> Scan(HandOffTable h, ResolvedSelector from, HandOffFilter filter)
    {
        foreach (var e in h.ByRank)
            if (h.Admits(e, filter) && from.Matches(h.From[e], h.Project[e])) yield return e;
    }

    // The starts of the seeds with a hand-off into `to`: what an upstream question (any program to this one) needs.
    private static int[] BySeedsReaching(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter)
    {
        var seeds = new HashSet<int>();
        var starts = new List<int>();
        void Reached(int e)
        {
            if (!h.Admits(e, filter)) return;
            if (h.Project[e] >= 0) seeds.Add(h.Project[e]);
            else if (from.Matches(h.From[e], -1)) starts.Add(e);
        }
        foreach (var p in to.ProgramList!)
            foreach (var e in h.Entering(p)) Reached(e);
        if (to.ProjectList is { } projects)
            foreach (var s in projects) seeds.Add(s);
        foreach (var s in seeds)
            foreach (var e in h.OfProject(s))
                if (h.Admits(e, filter) && from.Matches(h.From[e], s)) starts.Add(e);
        return InRankOrder(h, starts);
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
