using System.Buffers;
using System.Numerics;

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
    public static EdgeList Find(HandOffTable h, ResolvedSelector from, HandOffFilter filter)
    {
        var starts = Leaving(h, from, from.IsAny ? h.Length : Reach(h, from, entering: false));
        starts.RemoveAll(e => !h.Admits(e, filter));
        return starts;
    }

    /// <summary>
    /// The hand-offs leaving what `from` names, admitted or not: found through the indexes alone, without a look at a
    /// row of the table (on a national-scale graph a ministry names a hundred thousand rows, scattered over it).
    /// </summary>
    private static EdgeList Leaving(HandOffTable h, ResolvedSelector from, int reach)
    {
        var starts = new EdgeList(reach);
        if (from.IsAny)
        {
            for (var e = 0; e < h.Length; e++) starts.Add(e);
            return starts;
        }
        foreach (var p in from.ProgramList!) starts.AddRange(h.Leaving(p));
        if (from.ProjectList is { } projects)
            foreach (var s in projects)
                foreach (var e in h.OfProject(s))
                {
                    // Edges of matching programs are in already; the others come in through their seed's location.
                    if (from.Programs![h.Edges[e].From] || (from.ListPrograms is { } list && !list[h.Edges[e].From])) continue;
                    starts.Add(e);
                }
        return starts;
    }

    /// <summary>
    /// The hand-offs a path may start with, in index order (seed by seed: walks from them stay among neighbouring
    /// hand-offs); the walk tells those the question admits. Found from `from`'s side, or — when the end of the
    /// question is the narrower side — through the seeds that reach it, leaving out those that never enter `to` at
    /// <paramref name="minRank"/> or beyond.
    /// </summary>
    public static EdgeList Of(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter, byte minRank)
    {
        var ends = to.IsAny ? int.MaxValue : Reach(h, to, entering: true);
        var starts = from.IsAny ? h.Length : Reach(h, from, entering: false);
        return ends < starts / 4 ? BySeedsReaching(h, from, to, filter, minRank) : InIndexOrder(h, Leaving(h, from, starts));
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

    /// <summary>
    /// Distinct hand-offs in index order. What a ministry names is a tenth of a national-scale graph: a set bit per
    /// hand-off, read back in order, costs a fraction of sorting them (and of reading every row to find them).
    /// </summary>
    private static EdgeList InIndexOrder(HandOffTable h, EdgeList edges)
    {
        if (edges.Count < h.Length / 64)
        {
            edges.Sort();
            return edges;
        }
        var words = (h.Length + 63) >> 6;
        var bits = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            Array.Clear(bits, 0, words);
            foreach (var e in edges.Span) bits[e >> 6] |= 1UL << e;
            edges.Clear();
            for (var w = 0; w < words; w++)
                for (var word = bits[w]; word != 0; word &= word - 1)
                    edges.Add((w << 6) | BitOperations.TrailingZeroCount(word));
            return edges;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(bits);
        }
    }

    // The starts of the seeds with a hand-off that ends a path: what an upstream question (any program to this one) needs.
    private static EdgeList BySeedsReaching(HandOffTable h, ResolvedSelector from, ResolvedSelector to, HandOffFilter filter, byte minRank)
    {
        var seeds = new HashSet<int>();
        var starts = new EdgeList(16);
        ForEachInto(h, to, e =>
        {
            if (!Ends(h, e, to, filter, minRank)) return;
            if (h.Edges[e].Project >= 0) seeds.Add(h.Edges[e].Project);
            else if (from.Matches(h.Edges[e].From, -1)) starts.Add(e);
        });
        foreach (var s in seeds)
            foreach (var e in h.OfProject(s))
                if (h.Admits(e, filter) && from.Matches(h.Edges[e].From, s)) starts.Add(e);
        return InIndexOrder(h, starts);
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
