using Lineage.Core.Datasets;
using Lineage.Tests;

namespace Lineage.Core.Tests;

public sealed class NodeJsonTests
{
    [Fact]
    public void Canonical_json_reads_back_to_the_same_node()
    {
        var dataset = DatasetLoader.LoadDirectory(RepoPaths.Data);
        foreach (var node in dataset.Nodes())
        {
            var json = NodeWriter.ToJson(node);
            var back = NodeReader.ReadStored(node.Kind, json);
            Assert.Equal(json, NodeWriter.ToJson(back));
        }
    }
}
