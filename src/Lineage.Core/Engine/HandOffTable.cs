using System.Runtime.InteropServices;
using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>
/// The hand-offs (TRANSFERRED_TO edges) as parallel arrays over integer indices, with the two indexes the engine walks:
/// edges by the program they leave and edges by the project (seed) they carry. A hand-off whose program is not in the
/// catalogue is refused: it would silently fall out of every answer.
/// </summary>
public sealed class HandOffTable
{
    internal const int Unknown = 0; // fiscal years are validated to 1980–2035, so 0 is never a year

    internal readonly string[] Ids;
    internal readonly Edge[] Edges;
    internal readonly int[] Count;       // 0: no count given
    internal readonly string?[] Cohort;
    internal readonly string[] ProjectIds;
    private readonly Dictionary<string, int> _projectIndex;
    private readonly int[] _outStart, _outEdges, _inStart, _inEdges, _projectStart, _projectEdges, _nextStart, _next, _previousStart, _previous;

    /// <summary>
    /// Each hand-off's place in the order answers start in (DESIGN.md §3): the fiscal year it left its program (unknown
    /// last), its seed, its id. A path's place is its first hand-off's, then its later hand-offs' ids.
    /// </summary>
    internal readonly int[] Rank;

    /// <summary>Every hand-off in <see cref="Rank"/> order.</summary>
    internal readonly int[] ByRank;

    // The hand-offs of each seed that makes one chain (Edge.ChainPlace), in the order of the chain, at the seed's rows.
    private readonly int[] _chainOrder;

    /// <summary>
    /// The rows are numbered seed by seed, each seed's hand-offs by id: a walk stays among neighbouring indices (on a
    /// national-scale graph its time is cache misses), and a scan in index order visits each seed once.
    /// </summary>
    public HandOffTable(ProgramCatalog catalog, IReadOnlyList<HandOffRow> rows)
    {
        var n = rows.Count;
        var order = SeedOrder(rows);
        Ids = new string[n];
        Edges = new Edge[n];
        Count = new int[n];
        Cohort = new string?[n];
        _projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var projectIds = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var r = rows[order[i]];
            var project = -1;
            if (r.Project is not null && !_projectIndex.TryGetValue(r.Project, out project))
            {
                _projectIndex[r.Project] = project = projectIds.Count;
                projectIds.Add(r.Project);
            }
            Ids[i] = r.Id;
            Edges[i] = new Edge(catalog.ProgramIndex(r.From) ?? throw Dangling(r, r.From), catalog.ProgramIndex(r.To) ?? throw Dangling(r, r.To),
                project, r.FromFiscalYear ?? Unknown, r.ToFiscalYear ?? Unknown, r.Stage, r.Basis);
            Count[i] = r.Count ?? 0;
            Cohort[i] = r.Cohort;
        }
        ProjectIds = projectIds.ToArray();
        (_outStart, _outEdges) = Group(n, catalog.ProgramCount, e => Edges[e].From);
        (_inStart, _inEdges) = Group(n, catalog.ProgramCount, e => Edges[e].To);
        (_projectStart, _projectEdges) = Group(n, ProjectIds.Length, e => Edges[e].Project);
        (_nextStart, _next, _previousStart, _previous) = Continuations(n);
        _chainOrder = Seeds(n);
        // Index order is seed then id, so the order answers start in is the fiscal year, then the index: a counting sort.
        (ByRank, Rank) = ByYear(n);
    }

    private static int SeedComparison(HandOffRow x, HandOffRow y)
    {
        var c = string.CompareOrdinal(x.Project ?? x.Id, y.Project ?? y.Id);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    // The rows seed by seed, by id; a store that reads them in that order already spares the sort.
    private static int[] SeedOrder(IReadOnlyList<HandOffRow> rows)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var sorted = true;
        for (var i = 1; i < rows.Count && sorted; i++) sorted = SeedComparison(rows[i - 1], rows[i]) < 0;
        if (!sorted) Array.Sort(order, (a, b) => SeedComparison(rows[a], rows[b]));
        return order;
    }

    // Years are validated to 1980–2035; an unknown year (0) goes last.
    private const int FirstYear = 1980, Buckets = 2035 - FirstYear + 2;

    /// <summary>
    /// The fiscal year a hand-off left its program, as <see cref="Rank"/> orders it: a hand-off of a later bucket has a
    /// later rank, whatever its index — so most of a long walk's paths are placed after a full page from its row alone.
    /// </summary>
    internal int YearBucket(int edge) => Bucket(Edges[edge].FromYear);

    private static int Bucket(int year) => year == Unknown ? Buckets - 1 : Math.Clamp(year - FirstYear, 0, Buckets - 2);

    private (int[] ByRank, int[] Rank) ByYear(int n)
    {
        var start = new int[Buckets + 1];
        for (var e = 0; e < n; e++) start[Bucket(Edges[e].FromYear) + 1]++;
        for (var b = 0; b < Buckets; b++) start[b + 1] += start[b];
        var byRank = new int[n];
        var rank = new int[n];
        for (var e = 0; e < n; e++)
        {
            var r = start[Bucket(Edges[e].FromYear)]++;
            byRank[r] = e;
            rank[e] = r;
        }
        return (byRank, rank);
    }

    private static int YearOrder(int year) => year == Unknown ? int.MaxValue : year;

    /// <summary>
    /// Where a path that begins in <paramref name="fromYear"/> with seed <paramref name="seed"/> and hand-off
    /// <paramref name="id"/> stands in <see cref="Rank"/> order: the rank of that hand-off, or where it would be.
    /// </summary>
    internal (int Rank, bool Exact) RankOf(int? fromYear, string seed, string id)
    {
        int Compare(int e)
        {
            var c = YearOrder(Edges[e].FromYear).CompareTo(fromYear ?? int.MaxValue);
            if (c == 0) c = string.CompareOrdinal(SeedKey(e), seed);
            return c != 0 ? c : string.CompareOrdinal(Ids[e], id);
        }
        var (lo, hi) = (0, Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Compare(ByRank[mid]) < 0) lo = mid + 1; else hi = mid;
        }
        return (lo, lo < Length && Compare(ByRank[lo]) == 0);
    }

    public int Length => Ids.Length;

    internal int ProjectCount => ProjectIds.Length;

    internal int? ProjectIndex(string id) => _projectIndex.TryGetValue(id, out var i) ? i : null;

    internal ReadOnlySpan<int> Leaving(int program) => _outEdges.AsSpan(_outStart[program], _outStart[program + 1] - _outStart[program]);

    internal ReadOnlySpan<int> Entering(int program) => _inEdges.AsSpan(_inStart[program], _inStart[program + 1] - _inStart[program]);

    /// <summary>The hand-offs of the same seed that start where <paramref name="edge"/> ended, by id.</summary>
    internal ReadOnlySpan<int> Next(int edge) => _next.AsSpan(_nextStart[edge], _nextStart[edge + 1] - _nextStart[edge]);

    /// <summary>The hand-offs of the same seed that ended where <paramref name="edge"/> starts.</summary>
    internal ReadOnlySpan<int> Previous(int edge) => _previous.AsSpan(_previousStart[edge], _previousStart[edge + 1] - _previousStart[edge]);

    internal ReadOnlySpan<int> OfProject(int project) => _projectEdges.AsSpan(_projectStart[project], _projectStart[project + 1] - _projectStart[project]);

    /// <summary>The first hand-off of <paramref name="edge"/>'s seed: rows are numbered seed by seed, so a seed's hand-offs are consecutive.</summary>
    internal int SeedStart(int edge)
    {
        ref readonly var e = ref Edges[edge];
        return e.SeedRows > 0 ? edge - e.SeedRow : _projectEdges[_projectStart[e.Project]];
    }

    /// <summary>The row after the last hand-off of <paramref name="edge"/>'s seed (an aggregate hand-off is a seed of its own).</summary>
    internal int SeedEnd(int edge)
    {
        ref readonly var e = ref Edges[edge];
        return e.SeedRows > 0 ? edge - e.SeedRow + e.SeedRows : _projectEdges[_projectStart[e.Project + 1] - 1] + 1;
    }

    /// <summary>The chain of <paramref name="edge"/>'s seed, in order (for a hand-off with a <see cref="Edge.ChainPlace"/>).</summary>
    internal ReadOnlySpan<int> ChainOf(int edge) => _chainOrder.AsSpan(SeedStart(edge), Edges[edge].SeedRows);

    /// <summary>The seed a hand-off carries: its project, or itself when it is an aggregate.</summary>
    internal string SeedKey(int edge) => Edges[edge].Project >= 0 ? ProjectIds[Edges[edge].Project] : Ids[edge];

    internal bool Admits(int edge, in HandOffFilter filter)
    {
        if (filter.AdmitsEvery) return true;
        ref readonly var e = ref Edges[edge];
        return (filter.FiscalYearFrom is not { } lo || (e.FromYear != Unknown && e.FromYear >= lo))
            && (filter.FiscalYearTo is not { } hi || (e.ToYear != Unknown && e.ToYear <= hi))
            && (filter.BasisMask & (1 << e.Basis)) != 0;
    }

    // Within each seed, which hand-off can follow which: the only steps a lineage walk takes, found once per graph.
    // Counted first and then filled, so a million hand-offs make four arrays, not two million lists.
    private (int[], int[], int[], int[]) Continuations(int n)
    {
        var nextStart = new int[n + 1];
        var previousStart = new int[n + 1];
        void Pairs(Action<int, int> pair)
        {
            for (var p = 0; p < ProjectIds.Length; p++)
            {
                var seed = OfProject(p);
                foreach (var a in seed)
                    foreach (var b in seed) // by id, so each list is in id order too
                        if (Edges[b].From == Edges[a].To && a != b) pair(a, b);
            }
        }
        Pairs((a, b) => { nextStart[a + 1]++; previousStart[b + 1]++; });
        for (var i = 0; i < n; i++)
        {
            nextStart[i + 1] += nextStart[i];
            previousStart[i + 1] += previousStart[i];
        }
        var next = new int[nextStart[n]];
        var previous = new int[previousStart[n]];
        var (nextFill, previousFill) = ((int[])nextStart.Clone(), (int[])previousStart.Clone());
        Pairs((a, b) => { next[nextFill[a]++] = b; previous[previousFill[b]++] = a; });
        return (nextStart, next, previousStart, previous);
    }

    // Tells each hand-off of a seed where in its seed it is (in its row: a walk reads the row anyway), marks those of
    // every seed whose hand-offs make one chain with their place along it, and returns the chains' order.
    private int[] Seeds(int n)
    {
        var order = new int[n];
        var programs = new HashSet<int>();
        for (var p = 0; p < ProjectIds.Length; p++)
        {
            var seed = OfProject(p);
            var told = seed.Length <= short.MaxValue; // else by the index instead (Edge.SeedRows 0)
            for (var i = 0; i < seed.Length; i++) Edges[seed[i]] = told ? Edges[seed[i]].InSeed(i, seed.Length) : Edges[seed[i]].InSeed(0, 0);
            if (!told) continue;
            var (head, heads, forks) = (-1, 0, false);
            foreach (var e in seed)
            {
                forks |= Next(e).Length > 1 || Previous(e).Length > 1;
                if (Previous(e).IsEmpty) (head, heads) = (e, heads + 1);
            }
            if (forks || heads != 1) continue;
            programs.Clear();
            programs.Add(Edges[head].From);
            var length = 0;
            for (var e = head; length < seed.Length && programs.Add(Edges[e].To); e = Next(e)[0])
            {
                order[seed[0] + length++] = e;
                if (Next(e).IsEmpty) break;
            }
            if (length != seed.Length) continue; // a program twice (data the validator refuses), or a cycle beside the chain
            for (var i = 0; i < length; i++)
            {
                var e = order[seed[0] + i];
                Edges[e] = Edges[e].InChain(i);
            }
        }
        return order;
    }

    // A counting sort of edge indices by key (program or project); negative keys (aggregates) are left out.
    private static (int[] Start, int[] Edges) Group(int n, int keys, Func<int, int> key)
    {
        var start = new int[keys + 1];
        for (var i = 0; i < n; i++) if (key(i) >= 0) start[key(i) + 1]++;
        for (var k = 0; k < keys; k++) start[k + 1] += start[k];
        var edges = new int[start[keys]];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++) if (key(i) >= 0) edges[next[key(i)]++] = i;
        return (start, edges);
    }

    private static InvalidDataException Dangling(HandOffRow r, string program) =>
        new($"Hand-off '{r.Id}' names program '{program}', which is not in the graph.");
}

/// <summary>
/// What a walk reads of one hand-off, packed into 24 bytes: on a national-scale graph the walk's time is cache misses,
/// and one line per hand-off beats one per field.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
internal readonly struct Edge(int from, int to, int project, int fromYear, int toYear, Stage stage, Basis basis)
{
    public readonly int From = from;
    public readonly int To = to;
    public readonly int Project = project;       // -1: an aggregate hand-off (no named seed)
    public readonly short FromYear = (short)fromYear; // HandOffTable.Unknown when the source gives none
    public readonly short ToYear = (short)toYear;
    public readonly byte Stage = (byte)stage;
    public readonly byte Basis = (byte)basis;

    /// <summary>
    /// The hand-off's place along its seed when the seed's hand-offs make one chain — one begins it, each of the others
    /// starts where the one before it ended, no program comes twice — as most seeds' do; -1 for the hand-offs of a seed
    /// that branches or merges, and for aggregates.
    /// </summary>
    public short ChainPlace { get; private init; } = -1;

    /// <summary>How many rows of its seed come before this one.</summary>
    public short SeedRow { get; private init; }

    /// <summary>How many rows its seed has (an aggregate is a seed of one); 0: too many to say here.</summary>
    public short SeedRows { get; private init; } = 1;

    public Edge InSeed(int row, int rows) => this with { SeedRow = (short)row, SeedRows = (short)rows };

    public Edge InChain(int place) => this with { ChainPlace = (short)place };
}
