namespace Lineage.Core.Engine;

/// <summary>
/// Keeps the maximal candidates of one seed. A candidate inside another, x + c + y, is also a proper prefix of the
/// candidate x + c (that one starts where x + c + y starts and ends where c ends) or a proper suffix of c + y; so it
/// is enough to look for every candidate's proper prefixes and suffixes among the candidates.
/// </summary>
internal static class MaximalPaths
{
    public static void Keep(List<int[]> candidates, List<int[]> answers)
    {
        if (candidates.Count <= 1)
        {
            answers.AddRange(candidates);
            return;
        }
        var index = new Dictionary<ArraySegment<int>, int>(candidates.Count, Chains.Instance);
        for (var i = 0; i < candidates.Count; i++) index.TryAdd(candidates[i], i);
        var inside = new bool[candidates.Count];
        foreach (var c in candidates)
            for (var k = 1; k < c.Length; k++)
            {
                if (index.TryGetValue(new ArraySegment<int>(c, 0, k), out var prefix)) inside[prefix] = true;
                if (index.TryGetValue(new ArraySegment<int>(c, k, c.Length - k), out var suffix)) inside[suffix] = true;
            }
        for (var i = 0; i < candidates.Count; i++)
            if (!inside[i] && index[candidates[i]] == i) answers.Add(candidates[i]);
    }

    private sealed class Chains : IEqualityComparer<ArraySegment<int>>
    {
        public static readonly Chains Instance = new();

        public bool Equals(ArraySegment<int> x, ArraySegment<int> y) => x.AsSpan().SequenceEqual(y.AsSpan());

        public int GetHashCode(ArraySegment<int> chain)
        {
            var hash = new HashCode();
            foreach (var e in chain) hash.Add(e);
            return hash.ToHashCode();
        }
    }
}
