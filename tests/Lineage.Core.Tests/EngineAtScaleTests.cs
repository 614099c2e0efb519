using Lineage.Conformance;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>
/// The answer suite's cases over a graph thousands of times the fixture: every seed copied, each copy under its own
/// ids. Big enough that a question's starts are walked in several runs on several cores, as on a national-scale graph.
/// Each copy must answer as the fixture does (lineage-cases.json), so the expected total is the copies times the
/// case's, and the expected page is the copies' expected paths in the order of DESIGN.md §3.
/// </summary>
public sealed class EngineAtScaleTests
{
    private const int Copies = 4000;

    private static readonly Dictionary<string, (Dataset Fixture, LineageGraph Copied)> Graphs = [];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in LineageCase.Answered.Where(c => c.Query.After is null)) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_graph_of_thousands_of_copies_counts_every_copy_and_pages_them_in_order(string caseName)
    {
        var c = LineageCase.Answered.Single(x => x.Name == caseName);
        var (fixture, graph) = Graph(c.Fixture);
        var expected = Expected(fixture, c);

        var first = LineageEngine.Answer(graph, c.Query with { First = LineageQuery.MaxPageSize });
        Assert.Equal(expected.Count, first.TotalCount);
        Assert.Equal(expected.Take(LineageQuery.MaxPageSize), first.Paths.Select(Text));
        Assert.Equal(expected.Count > LineageQuery.MaxPageSize, first.HasNextPage);
        if (first.Paths.Count == 0) return;

        // The page after the first starts right after its last path, wherever in the graph that path's copy sits.
        var second = LineageEngine.Answer(graph, c.Query with { First = LineageQuery.MaxPageSize, After = first.Paths[^1].Cursor });
        Assert.Equal(expected.Skip(LineageQuery.MaxPageSize).Take(LineageQuery.MaxPageSize), second.Paths.Select(Text));
        Assert.Equal(expected.Count, second.TotalCount);
    }

    private static string Text(PathRef p) => $"{p.Seed}: {string.Join(" ", p.Steps)}";

    private static (Dataset, LineageGraph) Graph(string fixture)
    {
        lock (Graphs)
        {
            if (!Graphs.TryGetValue(fixture, out var g))
            {
                var d = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, fixture));
                Graphs[fixture] = g = (d, LineageGraph.Of(Copied(d)));
            }
            return g;
        }
    }

    private static string Copy(string id, int copy) => id.Insert(id.IndexOf(':', StringComparison.Ordinal) + 1, $"c{copy:D4}-");

    private static Dataset Copied(Dataset d) => d with
    {
        Projects = [.. Enumerable.Range(0, Copies).SelectMany(k => d.Projects.Select(p => p with { Id = Copy(p.Id, k) }))],
        Transfers = [.. Enumerable.Range(0, Copies).SelectMany(k => d.Transfers.Select(t => t with
        {
            Id = Copy(t.Id, k),
            Project = t.Project is null ? null : Copy(t.Project, k),
        }))],
    };

    // Every copy's expected paths, in answer order: the first hand-off's fiscal year (unknown last), the seed, the steps.
    private static List<string> Expected(Dataset fixture, LineageCase c)
    {
        var year = fixture.Transfers.ToDictionary(t => t.Id, t => t.FromFiscalYear ?? int.MaxValue);
        var paths = Enumerable.Range(0, Copies).SelectMany(k => c.Expected.Select(e =>
            (Year: year[e.Steps[0]], Seed: Copy(e.Key, k), Steps: e.Steps.Select(s => Copy(s, k)).ToList()))).ToList();
        paths.Sort((x, y) =>
        {
            var r = x.Year.CompareTo(y.Year);
            if (r == 0) r = string.CompareOrdinal(x.Seed, y.Seed);
            for (var i = 0; r == 0 && i < Math.Min(x.Steps.Count, y.Steps.Count); i++) r = string.CompareOrdinal(x.Steps[i], y.Steps[i]);
            return r != 0 ? r : x.Steps.Count.CompareTo(y.Steps.Count);
        });
        return paths.Select(p => $"{p.Seed}: {string.Join(" ", p.Steps)}").ToList();
    }
}
