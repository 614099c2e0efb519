using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Tests;
using Xunit;

namespace Lineage.Conformance;

/// <summary>
/// An import is a sync: after it, the store holds exactly the dataset — what the dataset no longer holds is gone, in
/// the same single transaction — and a dry run reports the same counts without writing. Every store runs this suite.
/// </summary>
public abstract class ImportSyncConformance : CapabilityConformance
{
    private static CancellationToken None => CancellationToken.None;

    private static Dataset Tiny() => DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));

    /// <summary>The dataset without the given node and every node that mentions it (so the rest still validates).</summary>
    private static Dataset Without(Dataset dataset, string id)
    {
        var nodes = dataset.Nodes().Where(n => n.Id != id && !NodeWriter.ToJson(n).Contains($"\"{id}\"", StringComparison.Ordinal)).ToList();
        var located = nodes.Select(n => new LocatedNode(n, "test", n.Id)).ToList();
        Assert.Empty(DatasetValidator.Validate(located)); // the smaller dataset is itself a valid one
        return Dataset.FromNodes(nodes);
    }

    private async Task<IReadOnlyList<string>> StoredJsonAsync() =>
        (await Store.ExportAsync(None)).Nodes().Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal).ToList();

    private static List<string> Json(Dataset dataset) =>
        dataset.Nodes().Select(n => NodeWriter.ToJson(n)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task An_import_that_no_longer_holds_a_transfer_removes_it_from_the_store()
    {
        var tiny = Tiny();
        await Store.ImportAsync(tiny, None);
        var removed = tiny.Transfers.Single(t => t.Id == "transfer:s1-b");
        var smaller = tiny with { Transfers = tiny.Transfers.Where(t => t != removed).ToList() };

        var report = await Store.ImportAsync(smaller, None);

        Assert.Equal(new KindCounts(0, 0, tiny.Transfers.Count - 1, 1), report.PerKind[NodeKind.Transfer]);
        Assert.Equal(1, report.Deleted);
        Assert.Empty(await Store.GetNodesAsync([removed.Id], None));
        Assert.DoesNotContain(await Store.GetTransfersAsync([removed.From], TransferDirection.Outgoing, None), t => t.Id == removed.Id);
        Assert.DoesNotContain(await Store.GetTransfersAsync([removed.To], TransferDirection.Incoming, None), t => t.Id == removed.Id);
        Assert.Equal(Json(smaller), await StoredJsonAsync());
    }

    [Fact]
    public async Task An_import_that_no_longer_holds_a_link_removes_it_from_the_store()
    {
        var links = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "links"));
        await Store.ImportAsync(links, None);
        var smaller = links with { Links = links.Links.Skip(1).ToList() };

        var report = await Store.ImportAsync(smaller, None);

        Assert.Equal(1, report.PerKind[NodeKind.Link].Deleted);
        Assert.Equal(1, report.Deleted);
        Assert.Equal(Json(smaller), await StoredJsonAsync());
    }

    [Fact]
    public async Task A_removed_hand_off_is_no_longer_part_of_any_lineage_answer()
    {
        var tiny = Tiny();
        await Store.ImportAsync(tiny, None);
        var question = new Core.Lineage.LineageQuery(Core.Selectors.ProgramSelector.ForMinistries(MinistryCode.MEXT),
            Core.Selectors.ProgramSelector.ForMinistries(MinistryCode.METI), Stage.Commercialized);
        // tiny's one MEXT seed commercialized in METI goes through s1-b (tests/Fixtures/lineage-cases.json).
        Assert.Equal(["transfer:s1-a", "transfer:s1-b"], Assert.Single((await Store.QueryLineageAsync(question, None)).Nodes).Steps.Select(s => s.Id));

        await Store.ImportAsync(tiny with { Transfers = tiny.Transfers.Where(t => t.Id != "transfer:s1-b").ToList() }, None);

        var after = await Store.QueryLineageAsync(question, None);
        Assert.Equal(0, after.TotalCount);
        Assert.Empty(after.Nodes);
    }

    [Fact]
    public async Task Removing_a_program_removes_it_and_everything_that_named_it_counted_per_kind()
    {
        var tiny = Tiny();
        await Store.ImportAsync(tiny, None);
        var smaller = Without(tiny, "program:meti-eta");
        var expected = tiny.Nodes().ExceptBy(smaller.Nodes().Select(n => n.Id), n => n.Id).GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(expected.GetValueOrDefault(NodeKind.Transfer) > 0, "the program must have transfers for this test to mean anything");

        var report = await Store.ImportAsync(smaller, None);

        Assert.Equal(expected, report.PerKind.Where(p => p.Value.Deleted > 0).ToDictionary(p => p.Key, p => p.Value.Deleted));
        Assert.Equal(Json(smaller), await StoredJsonAsync());
        Assert.Empty(await Store.GetNodesAsync(["program:meti-eta"], None));
    }

    [Fact]
    public async Task A_dry_run_reports_what_an_import_would_do_and_changes_nothing()
    {
        var tiny = Tiny();
        await Store.ImportAsync(tiny, None);
        var before = await StoredJsonAsync();
        var gamma = tiny.Programs.Single(p => p.Id == "program:meti-gamma");
        var changed = tiny with
        {
            Transfers = tiny.Transfers.Where(t => t.Id != "transfer:s1-b").ToList(),
            Programs = tiny.Programs.Select(p => p == gamma ? p with { Name = p.Name with { Ja = "新ガンマ事業" } } : p).ToList(),
        };

        var planned = await Store.PlanImportAsync(changed, None);

        Assert.Equal(before, await StoredJsonAsync());
        Assert.Equal((0, 1, 1), (planned.Created, planned.Updated, planned.Deleted));
        var done = await Store.ImportAsync(changed, None);
        Assert.Equal(planned.PerKind.OrderBy(p => p.Key), done.PerKind.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task A_dry_run_on_an_empty_store_reports_everything_created()
    {
        var tiny = Tiny();
        var planned = await Store.PlanImportAsync(tiny, None);
        Assert.Equal(tiny.Nodes().Count(), planned.Created);
        Assert.True(await Store.IsEmptyAsync(None));
    }

    [Fact]
    public async Task A_cancelled_import_leaves_the_store_as_it_was()
    {
        var tiny = Tiny();
        await Store.ImportAsync(tiny, None);
        var before = await StoredJsonAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ImportAsync(Without(tiny, "program:meti-eta"), cancelled.Token));

        Assert.Equal(before, await StoredJsonAsync());
    }

    [Fact]
    public async Task A_checked_folder_imported_a_batch_at_a_time_syncs_the_store_to_what_reading_it_whole_gives()
    {
        await Store.ImportAsync(Tiny(), None);
        // tiny without one transfer, as files: what the import command hands a store (a folder read again as it is written).
        var graph = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json")))!;
        var transfers = graph["transfers"]!.AsArray();
        transfers.Remove(transfers.Single(t => (string?)t!["id"] == "transfer:s1-b"));
        var folder = Directory.CreateTempSubdirectory("lineage-folder-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "graph.json"), graph.ToJsonString());
            var check = DatasetLoader.Check(folder);
            Assert.Empty(check.Problems);

            var planned = await Store.PlanImportAsync(check.Folder!, None);
            var report = await Store.ImportAsync(check.Folder!, null, None);

            Assert.Equal(new KindCounts(0, 0, Tiny().Transfers.Count - 1, 1), report.PerKind[NodeKind.Transfer]);
            Assert.Equal(1, report.Deleted + report.Created + report.Updated);
            Assert.Equal(planned.PerKind, report.PerKind);
            Assert.Equal(Json(DatasetLoader.LoadDirectory(folder)), await StoredJsonAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
