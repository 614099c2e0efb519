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
/// Every answer is counted; a page keeps the first ones after the cursor in answer order (<see cref="FirstPaths"/>), so
/// starts can be walked seed by seed, in the order that keeps a walk among neighbouring hand-offs.
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
        using var starts = StartEdges.Of(h, from, to, HandOffFilter.Of(query.FiscalYearFrom, query.FiscalYearTo, query.Basis), (byte)(query.MinStage ?? Model.Stage.Seed));
        var cursor = after is null ? null : new CursorPlace(h, after);
        var walks = Walked(starts, () => new Walk(h, from, to, query, cursor));
        var total = 0;
        foreach (var w in walks) total += w.Total;
        var found = walks.Length == 1 ? walks[0].Page.Paths : FirstPaths.Joined(h, query.First + 1, walks.Select(w => w.Page));

        var page = new PathRef[Math.Min(found.Count, query.First)];
        for (var i = 0; i < page.Length; i++) page[i] = RefOf(h, found[i]);
        return new LineageAnswer(total, page, found.Count > query.First, after is not null);
    }

    private static PathRef RefOf(HandOffTable h, int[] chain)
    {
        var steps = new string[chain.Length];
        for (var i = 0; i < steps.Length; i++) steps[i] = h.Ids[chain[i]];
        var first = h.Edges[chain[0]];
        var key = new PathKey(first.FromYear == HandOffTable.Unknown ? null : first.FromYear, h.SeedKey(chain[0]), steps);
        return new PathRef(LineagePath.IdOf(steps), key.Seed, first.Project >= 0 ? key.Seed : null, steps, PathCursor.Encode(key));
    }

    private const int StartsPerWalk = 16_384;

    /// <summary>
    /// The walks from every start, in consecutive runs of starts. A question that names a ministry of a national-scale
    /// graph has a hundred thousand starts, all to be counted; their runs are walked on every core. Each run keeps its
    /// own count and first paths; the answer's page is the first of theirs.
    /// </summary>
    private static Walk[] Walked(EdgeList starts, Func<Walk> walk)
    {
        var runs = starts.Count < 2 * StartsPerWalk ? 1 : Math.Min(starts.Count / StartsPerWalk, 4 * Environment.ProcessorCount);
        var walks = new Walk[runs];
        void Run(int i)
        {
            var w = walks[i] = walk();
            var (first, end) = ((int)((long)starts.Count * i / runs), (int)((long)starts.Count * (i + 1) / runs));
            for (var s = first; s < end; s++) w.From(starts[s]);
        }
        if (runs == 1) Run(0);
        else Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Run);
        return walks;
    }

    /// <summary>One question's walk: the answers it has counted and the page it keeps.</summary>
    private sealed class Walk(HandOffTable h, ResolvedSelector from, ResolvedSelector to, LineageQuery q, CursorPlace? after)
    {
        private const int Far = int.MaxValue / 2;
        private readonly int[] _chain = new int[LineageQuery.MaxMaxHops];
        private readonly byte _minRank = (byte)(q.MinStage ?? Model.Stage.Seed);
        private readonly int _maxHops = q.MaxHops;
        private readonly HandOffFilter _filter = HandOffFilter.Of(q.FiscalYearFrom, q.FiscalYearTo, q.Basis);
        public int Total { get; private set; }

        /// <summary>The first answers after the cursor: one more than a page, to tell whether another follows.</summary>
        public FirstPaths Page { get; } = new(h, q.First + 1);

        /// <summary>Walks every chain from a hand-off leaving a program of `from` — a start when the question admits it.</summary>
        public void From(int start)
        {
            if (!h.Admits(start, _filter)) return;
            _chain[0] = start;
            if (h.Edges[start].Project < 0)
            {
                if (IsEnd(start)) Emit(1); // an aggregate hand-off is a path of one hop, a part of nothing
                return;
            }
            if (h.Edges[start].ChainPlace is var place and >= 0) AlongChain(h.ChainOf(start), place);
            else if (SeedEnds(start))
            {
                _before = -1;
                Extend(1);
            }
        }

        /// <summary>
        /// The walk from a start of a seed whose hand-offs make one chain, without its searches: the candidates from
        /// the start are its stretches to the ends within reach, and only the one to the last of them is not a part of a
        /// longer one to a later end — it is an answer unless a start within reach before it makes a longer candidate.
        /// </summary>
        private void AlongChain(ReadOnlySpan<int> chain, int place)
        {
            var last = -1;
            for (var j = place; j < chain.Length && j - place < _maxHops && (j == place || h.Admits(chain[j], _filter)); j++)
                if (IsEnd(chain[j])) last = j;
            if (last < 0) return;
            var length = last - place + 1;
            for (var j = place - 1; j >= 0 && place - j < _maxHops && h.Admits(chain[j], _filter); j--)
                if (IsStart(chain[j]))
                {
                    if (place - j + length <= _maxHops) return;
                    break;
                }
            for (var i = 0; i < length; i++) _chain[i] = chain[place + i]; // a handful: a loop beats a call to copy them
            Emit(length);
        }

        private int _seedStart, _seedEnd;
        private bool _seedEnds;

        // Whether any hand-off of the start's seed could end a path: most seeds of a question's starts never do, and one
        // look at the seed's consecutive rows spares every walk from it (starts come seed by seed, so once a seed).
        private bool SeedEnds(int start)
        {
            if (start >= _seedStart && start < _seedEnd) return _seedEnds;
            (_seedStart, _seedEnd, _seedEnds) = (h.SeedStart(start), h.SeedEnd(start), false);
            for (var e = _seedStart; e < _seedEnd && !_seedEnds; e++) _seedEnds = IsEnd(e) && h.Admits(e, _filter);
            return _seedEnds;
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
                if (!h.Admits(next, _filter) || Passed(length, h.Edges[next].To)) continue;
                _chain[length] = next;
                Extend(length + 1);
            }
        }

        // The same for every chain of this start: computed at the first that needs it.
        private int Before() => _before >= 0 ? _before : _before = StepsFromAStart(_chain[0]);

        private bool IsEnd(int e) => h.Edges[e].Stage >= _minRank && to.Matches(h.Edges[e].To, h.Edges[e].Project);

        private bool IsStart(int e) => h.Admits(e, _filter) && from.Matches(h.Edges[e].From, h.Edges[e].Project);

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
            if (h.Edges[_chain[0]].From == program) return true;
            for (var i = 0; i < length; i++) if (h.Edges[_chain[i]].To == program) return true;
            return false;
        }

        private void Emit(int length)
        {
            Total++;
            var chain = _chain.AsSpan(0, length);
            if (after is null || after.Precedes(chain)) Page.Offer(chain);
        }
    }
}
