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
    internal readonly string[] ProjectIds;
    private readonly Dictionary<string, int> _projectIndex;
    private readonly int[] _outStart, _outEdges, _projectStart, _projectEdges;

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
        }
        ProjectIds = projectIds.ToArray();
        (_outStart, _outEdges) = Group(n, catalog.ProgramCount, From);
        (_projectStart, _projectEdges) = Group(n, ProjectIds.Length, Project);
    }

    public int Length => Ids.Length;

    internal int ProjectCount => ProjectIds.Length;

    internal int? ProjectIndex(string id) => _projectIndex.TryGetValue(id, out var i) ? i : null;

    internal ReadOnlySpan<int> Leaving(int program) => _outEdges.AsSpan(_outStart[program], _outStart[program + 1] - _outStart[program]);

    internal ReadOnlySpan<int> OfProject(int project) => _projectEdges.AsSpan(_projectStart[project], _projectStart[project + 1] - _projectStart[project]);

    /// <summary>The seed a hand-off carries: its project, or itself when it is an aggregate.</summary>
    internal string SeedKey(int edge) => Project[edge] >= 0 ? ProjectIds[Project[edge]] : Ids[edge];

    internal bool InWindow(int edge, int? fiscalYearFrom, int? fiscalYearTo) =>
        (fiscalYearFrom is not { } lo || (FromYear[edge] != Unknown && FromYear[edge] >= lo))
        && (fiscalYearTo is not { } hi || (ToYear[edge] != Unknown && ToYear[edge] <= hi));

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
