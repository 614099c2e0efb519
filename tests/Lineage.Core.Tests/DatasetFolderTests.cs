using Lineage.Core.Datasets;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>
/// A dataset folder checked without keeping its nodes (what an import does) reads back, a batch at a time, exactly the
/// nodes that reading it whole gives; a folder with a problem is not offered for import at all.
/// </summary>
public sealed class DatasetFolderTests
{
    [Fact]
    public void A_checked_folder_keeps_no_nodes_and_hands_over_in_batches_the_nodes_that_reading_it_whole_gives()
    {
        var whole = DatasetLoader.LoadDirectory(RepoPaths.Data);
        var check = DatasetLoader.Check(RepoPaths.Data);

        Assert.Empty(check.Problems);
        Assert.Null(check.Nodes);
        Assert.Equal(whole.Nodes().GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count()), check.Counts);
        var folder = check.Folder!;
        Assert.Equal(whole.Nodes().Count(), folder.Count);
        Assert.Equal(DatasetFingerprint.Of(RepoPaths.Data), folder.Fingerprint);
        var batches = folder.Batches(7).ToList();
        Assert.All(batches, b => Assert.InRange(b.Count, 1, 7));
        Assert.Equal(
            whole.Nodes().Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal),
            batches.SelectMany(b => b).Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal));
        Assert.All(whole.Nodes(), n => Assert.True(folder.Holds(n.Id), n.Id));
        Assert.False(folder.Holds("program:no-such-program"));
    }

    [Fact]
    public void A_folder_with_a_problem_is_not_offered_for_import()
    {
        var check = DatasetLoader.Check(Path.Combine(RepoPaths.Fixtures, "bad-datasets", "dangling-reference", "data"));

        Assert.NotEmpty(check.Problems);
        Assert.Null(check.Folder);
    }
}
