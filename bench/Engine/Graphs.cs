using Lineage.Bench.Generator;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Core.Model;

namespace Lineage.Bench.Engine;

/// <summary>The graphs the benchmarks ask: the shipped data/ and a generated one (written once, read back unvalidated).</summary>
internal static class Graphs
{
    public static LineageGraph Shipped() => LineageGraph.Of(DatasetLoader.LoadDirectory(Path.Combine(RepositoryRoot(), "data")));

    public static LineageGraph Generated(int transfers)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lineage-bench-engine-{transfers}");
        if (!Directory.Exists(folder)) SyntheticDataset.Write(new GeneratorOptions(transfers, 1, folder));
        var (nodes, problems, _) = DatasetLoader.ReadDirectory(folder);
        if (problems.Count > 0) throw new InvalidDataException($"{folder}: {problems[0]}");
        return LineageGraph.Of(Dataset.FromNodes(nodes.Select(n => n.Node)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lineage.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("run from inside the repository: Lineage.sln not found above " + AppContext.BaseDirectory);
    }
}
