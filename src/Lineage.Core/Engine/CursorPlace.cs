using Lineage.Core.Lineage;

namespace Lineage.Core.Engine;

/// <summary>
/// A cursor's path placed in one graph's answer order: the rank its first hand-off has (or would have, when the cursor
/// came from data since changed), so most paths are told apart from it by one integer comparison.
/// </summary>
internal sealed class CursorPlace
{
    private readonly HandOffTable _h;
    private readonly PathKey _key;
    private readonly int _rank;
    private readonly bool _exact;

    public CursorPlace(HandOffTable h, PathKey key)
    {
        _h = h;
        _key = key;
        (_rank, _exact) = key.Steps.Count == 0 ? (0, false) : h.RankOf(key.FirstFiscalYear, key.Seed, key.Steps[0]);
    }

    /// <summary>Whether the cursor's path comes before <paramref name="chain"/>: the chain belongs after it.</summary>
    public bool Precedes(ReadOnlySpan<int> chain)
    {
        var rank = _h.Rank[chain[0]];
        if (rank != _rank) return rank > _rank;
        if (!_exact) return true; // the cursor's path sits just before this rank: its first hand-off is gone
        var c = 0;
        for (var i = 1; c == 0 && i < Math.Min(chain.Length, _key.Steps.Count); i++) c = string.CompareOrdinal(_h.Ids[chain[i]], _key.Steps[i]);
        return c != 0 ? c > 0 : chain.Length > _key.Steps.Count;
    }
}
