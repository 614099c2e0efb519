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
    internal readonly int[] From;
    internal readonly int[] To;
    internal readonly int[] Project;     // -1: an aggregate hand-off (no named seed)
    internal readonly int[] FromYear;    // Unknown when the source gives none
    internal readonly int[] ToYear;
    internal readonly byte[] StageRank;
    internal readonly int[] Count;       // 0: no count given
    internal readonly string?[] Cohort;
    internal readonly byte[] BasisOf;
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

    public HandOffTable(ProgramCatalog catalog, IReadOnlyList<HandOffRow> rows)
    {
        var n = rows.Count;
        Ids = new string[n];
        From = new int[n];
        To = new int[n];
        Project = new int[n];
        FromYear = new int[n];
        ToYear = new int[n];
        StageRank = new byte[n];
        Count = new int[n];
        Cohort = new string?[n];
        BasisOf = new byte[n];
        _projectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var projectIds = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            Ids[i] = r.Id;
            From[i] = catalog.ProgramIndex(r.From) ?? throw Dangling(r, r.From);
            To[i] = catalog.ProgramIndex(r.To) ?? throw Dangling(r, r.To);
            if (r.Project is null) Project[i] = -1;
            else
            {
                if (!_projectIndex.TryGetValue(r.Project, out var p)) _projectIndex[r.Project] = p = projectIds.Count;
                if (p == projectIds.Count) projectIds.Add(r.Project);
                Project[i] = p;
            }
            FromYear[i] = r.FromFiscalYear ?? Unknown;
            ToYear[i] = r.ToFiscalYear ?? Unknown;
            StageRank[i] = (byte)r.Stage;
            Count[i] = r.Count ?? 0;
            Cohort[i] = r.Cohort;
            BasisOf[i] = (byte)r.Basis;
        }
        ProjectIds = projectIds.ToArray();
        (_outStart, _outEdges) = Group(n, catalog.ProgramCount, From);
        (_inStart, _inEdges) = Group(n, catalog.ProgramCount, To);
        (_projectStart, _projectEdges) = Group(n, ProjectIds.Length, Project);
        // A seed's hand-offs by id, so a walk that tries them in this order meets its paths in answer order.
        var byId = Comparer<int>.Create((a, b) => string.CompareOrdinal(Ids[a], Ids[b]));
        for (var p = 0; p < ProjectIds.Length; p++)
            Array.Sort(_projectEdges, _projectStart[p], _projectStart[p + 1] - _projectStart[p], byId);
        (_nextStart, _next, _previousStart, _previous) = Continuations(n);
        ByRank = Enumerable.Range(0, n).ToArray();
        Array.Sort(ByRank, (a, b) =>
        {
            var c = (FromYear[a] == Unknown ? int.MaxValue : FromYear[a]).CompareTo(FromYear[b] == Unknown ? int.MaxValue : FromYear[b]);
            if (c == 0) c = string.CompareOrdinal(SeedKey(a), SeedKey(b));
            return c != 0 ? c : string.CompareOrdinal(Ids[a], Ids[b]);
        });
        Rank = new int[n];
        for (var r = 0; r < n; r++) Rank[ByRank[r]] = r;
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

    /// <summary>The seed a hand-off carries: its project, or itself when it is an aggregate.</summary>
    internal string SeedKey(int edge) => Project[edge] >= 0 ? ProjectIds[Project[edge]] : Ids[edge];

    internal bool Admits(int edge, in HandOffFilter filter) =>
        (filter.FiscalYearFrom is not { } lo || (FromYear[edge] != Unknown && FromYear[edge] >= lo))
        && (filter.FiscalYearTo is not { } hi || (ToYear[edge] != Unknown && ToYear[edge] <= hi))
        && (filter.BasisMask & (1 << BasisOf[edge])) != 0;

    // Within each seed, which hand-off can follow which: the only steps a lineage walk takes, found once per graph.
    private (int[], int[], int[], int[]) Continuations(int n)
    {
        var next = new List<int>[n];
        var previous = new List<int>[n];
        for (var p = 0; p < ProjectIds.Length; p++)
        {
            var seed = OfProject(p);
            foreach (var a in seed)
                foreach (var b in seed) // by id, so each list is in id order too
                    if (From[b] == To[a] && a != b)
                    {
                        (next[a] ??= []).Add(b);
                        (previous[b] ??= []).Add(a);
                    }
        }
        var (nextStart, nextItems) = Flatten(next);
        var (previousStart, previousItems) = Flatten(previous);
        return (nextStart, nextItems, previousStart, previousItems);
    }

    private static (int[] Start, int[] Items) Flatten(List<int>[] lists)
    {
        var start = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++) start[i + 1] = start[i] + (lists[i]?.Count ?? 0);
        var items = new int[start[^1]];
        for (var i = 0; i < lists.Length; i++) lists[i]?.CopyTo(items, start[i]);
        return (start, items);
    }

    // A counting sort of edge indices by key (program or project); negative keys (aggregates) are left out.
    private static (int[] Start, int[] Edges) Group(int n, int keys, int[] key)
    {
        var start = new int[keys + 1];
        for (var i = 0; i < n; i++) if (key[i] >= 0) start[key[i] + 1]++;
        for (var k = 0; k < keys; k++) start[k + 1] += start[k];
        var edges = new int[start[keys]];
        var next = (int[])start.Clone();
        for (var i = 0; i < n; i++) if (key[i] >= 0) edges[next[key[i]]++] = i;
        return (start, edges);
    }

    private static InvalidDataException Dangling(HandOffRow r, string program) =>
        new($"Hand-off '{r.Id}' names program '{program}', which is not in the graph.");
}
