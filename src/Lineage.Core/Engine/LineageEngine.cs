using Lineage.Core.Lineage;

namespace Lineage.Core.Engine;

/// <summary>
/// The lineage rules of DESIGN.md §3, once, as code. A candidate is a chain e1…ek (1 ≤ k ≤ maxHops) that follows one
/// seed — consecutive hand-offs share the project and each starts where the one before it ended, never returning to a
/// program the chain passed through — whose first hand-off leaves a program matching `from`, whose last enters a
/// program matching `to` with stage ≥ minStage, every hand-off inside the fiscal-year window. The answers are the
/// maximal candidates: one that is a contiguous part of another candidate of the same seed is not an answer. So a seed
/// that branches has one answer per branch, and the stage filter acts before maximality.
/// </summary>
public static class LineageEngine
{
    public static LineageAnswer Answer(LineageGraph graph, LineageQuery query)
    {
        query = query.Validated();
        var h = graph.HandOffs;
        var from = SelectorResolver.Resolve(graph.Catalog, h, query.From, "from");
        var to = SelectorResolver.Resolve(graph.Catalog, h, query.To, "to");
        var walk = new Walk(h, to, (byte)(query.MinStage ?? Model.Stage.Seed), query.MaxHops, query.FiscalYearFrom, query.FiscalYearTo);

        var answers = new List<int[]>();
        foreach (var group in BySeed(h, StartEdges.Find(h, from, query.FiscalYearFrom, query.FiscalYearTo)))
            MaximalPaths.Keep(walk.Candidates(group), answers);

        var after = query.After is null ? null : PathCursor.Decode(query.After);
        var page = Page.Select(answers.Select(chain => KeyOf(h, chain)), after, query.First);
        return new LineageAnswer(
            answers.Count,
            page.Items.Select(k => new PathRef(LineagePath.IdOf(k.Steps), k.Seed, k.Seed.StartsWith("project:", StringComparison.Ordinal) ? k.Seed : null, k.Steps, PathCursor.Encode(k))).ToList(),
            page.HasMore,
            after is not null);
    }

    internal static PathKey KeyOf(HandOffTable h, int[] chain) => new(
        h.FromYear[chain[0]] == HandOffTable.Unknown ? null : h.FromYear[chain[0]],
        h.SeedKey(chain[0]),
        chain.Select(e => h.Ids[e]).ToArray());

    // Start edges of the same seed together: each aggregate hand-off alone, each project's starts as one group.
    private static IEnumerable<int[]> BySeed(HandOffTable h, List<int> starts)
    {
        var keyed = starts.Select(e => ((long)h.Project[e] << 32) | (uint)e).ToArray();
        Array.Sort(keyed);
        for (var i = 0; i < keyed.Length;)
        {
            var project = (int)(keyed[i] >> 32);
            var j = i + 1;
            if (project >= 0) while (j < keyed.Length && (int)(keyed[j] >> 32) == project) j++;
            yield return keyed[i..j].Select(k => (int)(uint)k).ToArray();
            i = j;
        }
    }

    /// <summary>The candidates of one seed, walked forward from each of its start hand-offs.</summary>
    private sealed class Walk(HandOffTable h, ResolvedSelector to, byte minRank, int maxHops, int? fyFrom, int? fyTo)
    {
        private readonly int[] _chain = new int[LineageQuery.MaxMaxHops];

        public List<int[]> Candidates(int[] starts)
        {
            var found = new List<int[]>();
            foreach (var start in starts)
            {
                _chain[0] = start;
                Extend(1, found);
            }
            return found;
        }

        private void Extend(int length, List<int[]> found)
        {
            var last = _chain[length - 1];
            var project = h.Project[last];
            if (h.StageRank[last] >= minRank && to.Matches(h.To[last], project)) found.Add(_chain[..length]);
            if (length == maxHops || project < 0) return;
            foreach (var next in h.OfProject(project))
            {
                if (h.From[next] != h.To[last] || !h.InWindow(next, fyFrom, fyTo) || Passed(length, h.To[next])) continue;
                _chain[length] = next;
                Extend(length + 1, found);
            }
        }

        // A seed never returns to a program it passed through (the validator rejects such data; the walk must still end).
        private bool Passed(int length, int program)
        {
            if (h.From[_chain[0]] == program) return true;
            for (var i = 0; i < length; i++) if (h.To[_chain[i]] == program) return true;
            return false;
        }
    }
}
