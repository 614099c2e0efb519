using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>
/// The canonical JSON (what the stores keep and an export writes) against expectations written by hand in
/// tests/Fixtures/node-json/expected.json: a dataset file with its properties shuffled reads into exactly that text,
/// and that text reads back into itself.
/// </summary>
public sealed class NodeJsonTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Fixtures, "node-json");

    private static Dictionary<string, string> Expected()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return doc.RootElement.EnumerateObject().Where(p => p.Name != "//").ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static List<LocatedNode> Read()
    {
        var nodes = new List<LocatedNode>();
        var problems = new List<DatasetProblem>();
        Assert.True(DatasetLoader.ReadFile("dataset.json", File.ReadAllBytes(Path.Combine(Folder, "dataset.json")), nodes, problems));
        Assert.Empty(problems);
        return nodes;
    }

    [Fact]
    public void A_dataset_file_reads_into_the_canonical_json_written_by_hand()
    {
        var expected = Expected();
        var nodes = Read();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), nodes.Select(n => n.Node.Id).Order(StringComparer.Ordinal));
        foreach (var n in nodes) Assert.Equal(expected[n.Node.Id], NodeWriter.ToJson(n.Node));
    }

    [Fact]
    public void The_canonical_json_reads_back_into_itself()
    {
        foreach (var (id, json) in Expected())
        {
            var kind = global::Lineage.Core.Model.NodeKinds.FromId(id)!.Value;
            Assert.Equal(json, NodeWriter.ToJson(NodeReader.ReadStored(kind, json)));
        }
    }
}
