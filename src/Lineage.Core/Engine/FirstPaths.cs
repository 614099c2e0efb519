namespace Lineage.Core.Engine;

/// <summary>
/// The first paths met so far in answer order (DESIGN.md §3), at most <c>capacity</c> of them, whatever order they are
/// met in: a walk over a hundred thousand starts keeps a page's worth, not all of them.
/// </summary>
internal sealed class FirstPaths(HandOffTable h, int capacity)
{
    private readonly List<int[]> _paths = []; // in answer order

    public IReadOnlyList<int[]> Paths => _paths;

    public void Offer(ReadOnlySpan<int> chain)
    {
        if (capacity == 0) return;
        if (_paths.Count == capacity)
        {
            // The common case: later than the page, told by the year (in the row the walk has read), else by the rank.
            if (h.YearBucket(chain[0]) > _lastBucket || Compare(h, chain, _paths[^1]) >= 0) return;
            _paths.RemoveAt(_paths.Count - 1);
        }
        var (lo, hi) = (0, _paths.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Compare(h, _paths[mid], chain) < 0) lo = mid + 1; else hi = mid;
        }
        _paths.Insert(lo, chain.ToArray());
        _lastBucket = h.YearBucket(_paths[^1][0]);
    }

    private int _lastBucket;

    /// <summary>The first <paramref name="capacity"/> of several walks' first paths.</summary>
    public static List<int[]> Joined(HandOffTable h, int capacity, IEnumerable<FirstPaths> parts)
    {
        var all = parts.SelectMany(p => p.Paths).ToList();
        all.Sort((a, b) => Compare(h, a, b));
        return all.Count > capacity ? all[..capacity] : all;
    }

    /// <summary>Answer order: the first hand-off's rank, then the later hand-offs' ids, a path before its extensions.</summary>
    public static int Compare(HandOffTable h, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var c = h.Rank[a[0]].CompareTo(h.Rank[b[0]]);
        for (var i = 1; c == 0 && i < Math.Min(a.Length, b.Length); i++) c = string.CompareOrdinal(h.Ids[a[i]], h.Ids[b[i]]);
        return c != 0 ? c : a.Length.CompareTo(b.Length);
    }
}
