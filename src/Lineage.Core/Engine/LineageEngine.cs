using Lineage.Core.Lineage;

namespace Lineage.Core.Engine;

/// <summary>
/// The lineage rules of DESIGN.md §3, once, as code. A candidate is a chain e1…ek (1 ≤ k ≤ maxHops) that follows one
/// seed — consecutive hand-offs share the project and each starts where the one before it ended — whose first hand-off
/// leaves a program matching `from`, whose last enters a program matching `to` with stage ≥ minStage, every hand-off
/// inside the fiscal-year window. The answers are the maximal candidates: one that is a contiguous part of another
/// candidate of the same seed is not an answer. So a seed that branches has one answer per branch, and the stage filter
/// acts before maximality.
/// <para>
/// How: a candidate c inside another, x + c + y, is also a proper prefix of the candidate c + y or a proper suffix of
/// the candidate x + c (a seed's hand-offs never return to a program, so joining never repeats one). So c is an answer
/// exactly when no chain leads into its first hand-off from a start of `from` within maxHops − |c| hops, and no chain
/// leads from its last hand-off to an end of `to` within as many: two short searches among the seed's own hand-offs.
/// Starts are walked in answer order and each seed's hand-offs by id, so answers come out sorted: a page is the first
/// ones after the cursor, and the rest are only counted.
/// </para>
/// </summary>
public static class LineageEngine
{
    public static LineageAnswer Answer(LineageGraph graph, LineageQuery query)
    {
        query = query.Validated();
        using var span = Telemetry.LineageTelemetry.Source.StartActivity("lineage engine");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var answer = Walked(graph, query);
        span?.SetTag("lineage.max_hops", query.MaxHops);
        span?.SetTag("lineage.paths", answer.TotalCount);
        span?.SetTag("lineage.hand_offs", graph.HandOffs.Length);
        Telemetry.LineageTelemetry.LineageDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return answer;
    }

    private static LineageAnswer Walked(LineageGraph graph, LineageQuery query)
    {
        var h = graph.HandOffs;
        var from = SelectorResolver.Resolve(graph, query.From, "from");
        var to = SelectorResolver.Resolve(graph, query.To, "to");
        var after = query.After is null ? null : PathCursor.Decode(query.After);
        var walk = new Walk(h, from, to, query, after);
        foreach (var start in StartEdges.InAnswerOrder(h, from, to, HandOffFilter.Of(query.FiscalYearFrom, query.FiscalYearTo, query.Basis))) walk.From(start);

        var page = walk.Page.Take(query.First).Select(chain =>
        {
            var key = new PathKey(h.FromYear[chain[0]] == HandOffTable.Unknown ? null : h.FromYear[chain[0]], h.SeedKey(chain[0]), chain.Select(e => h.Ids[e]).ToArray());
            return new PathRef(LineagePath.IdOf(key.Steps), key.Seed, h.Project[chain[0]] >= 0 ? key.Seed : null, key.Steps, PathCursor.Encode(key));
        }).ToList();
        return new LineageAnswer(walk.Total, page, walk.Page.Count > query.First, after is not null);
    }

    /// <summary>One question's walk: the answers it has counted and the page it keeps.</summary>
    private sealed class Walk(HandOffTable h, ResolvedSelector from, ResolvedSelector to, LineageQuery q, PathKey? after)
    {
        private const int Far = int.MaxValue / 2;
        private readonly int[] _chain = new int[LineageQuery.MaxMaxHops];
        private readonly byte _minRank = (byte)(q.MinStage ?? Model.Stage.Seed);
        private readonly int _maxHops = q.MaxHops;
        private readonly HandOffFilter _filter = HandOffFilter.Of(q.FiscalYearFrom, q.FiscalYearTo, q.Basis);
        private bool _pastCursor = after is null;

        public int Total { get; private set; }

        /// <summary>The first answers after the cursor: one more than a page, to tell whether another follows.</summary>
        public List<int[]> Page { get; } = [];

        /// <summary>Walks every chain from a start (a hand-off in the window, leaving a program of `from`).</summary>
        public void From(int start)
        {
            _chain[0] = start;
            if (h.Project[start] < 0)
            {
                if (IsEnd(start)) Emit(1); // an aggregate hand-off is a path of one hop, a part of nothing
                return;
            }
            _before = -1;
            Extend(1);
        }

        private int _before;
        private readonly List<int> _frontier = [];
        private readonly List<int> _next = [];

        private void Extend(int length)
        {
            var last = _chain[length - 1];
            // Cheapest test first; the searches among the seed's hand-offs only for a chain that ends where `to` allows.
            if (IsEnd(last) && Before() + length > _maxHops && StepsToAnEnd(last) + length > _maxHops) Emit(length);
            if (length == _maxHops) return;
            foreach (var next in h.Next(last))
            {
                if (!h.Admits(next, _filter) || Passed(length, h.To[next])) continue;
                _chain[length] = next;
                Extend(length + 1);
            }
        }

        // The same for every chain of this start: computed at the first that needs it.
        private int Before() => _before >= 0 ? _before : _before = StepsFromAStart(_chain[0]);

        private bool IsEnd(int e) => h.StageRank[e] >= _minRank && to.Matches(h.To[e], h.Project[e]);

        private bool IsStart(int e) => h.Admits(e, _filter) && from.Matches(h.From[e], h.Project[e]);

        // The fewest hand-offs of a chain that begins at a start of `from` and leads into `edge` (Far: none within reach).
        private int StepsFromAStart(int edge) => h.Previous(edge).IsEmpty ? Far : Nearest(edge, backwards: true);

        // The fewest hand-offs of a chain that follows `edge` and ends at an end of `to`.
        private int StepsToAnEnd(int edge) => h.Next(edge).IsEmpty ? Far : Nearest(edge, backwards: false);

        // Breadth-first among the seed's hand-offs, no further than could still make a longer candidate (two lists kept
        // for the whole walk, so a search allocates nothing).
        private int Nearest(int edge, bool backwards)
        {
            var (frontier, next) = (_frontier, _next);
            frontier.Clear();
            frontier.Add(edge);
            for (var steps = 1; steps < _maxHops && frontier.Count > 0; steps++)
            {
                next.Clear();
                foreach (var f in frontier)
                    foreach (var e in backwards ? h.Previous(f) : h.Next(f))
                    {
                        if (!h.Admits(e, _filter)) continue;
                        if (backwards ? IsStart(e) : IsEnd(e)) return steps;
                        next.Add(e);
                    }
                (frontier, next) = (next, frontier);
            }
            return Far;
        }

        // A seed never returns to a program it passed through (the validator rejects such data; the walk must still end).
        private bool Passed(int length, int program)
        {
            if (h.From[_chain[0]] == program) return true;
            for (var i = 0; i < length; i++) if (h.To[_chain[i]] == program) return true;
            return false;
        }

        private void Emit(int length)
        {
            Total++;
            if (!_pastCursor)
            {
                if (Compare(length, after!) <= 0) return;
                _pastCursor = true;
            }
            if (Page.Count <= q.First) Page.Add(_chain[..length]);
        }

        // The chain in hand against a cursor's path, in the order of DESIGN.md §3.
        private int Compare(int length, PathKey key)
        {
            var first = _chain[0];
            var c = (h.FromYear[first] == HandOffTable.Unknown ? int.MaxValue : h.FromYear[first]).CompareTo(key.FirstFiscalYear ?? int.MaxValue);
            if (c == 0) c = string.CompareOrdinal(h.SeedKey(first), key.Seed);
            for (var i = 0; c == 0 && i < Math.Min(length, key.Steps.Count); i++) c = string.CompareOrdinal(h.Ids[_chain[i]], key.Steps[i]);
            return c != 0 ? c : length.CompareTo(key.Steps.Count);
        }
    }
}
