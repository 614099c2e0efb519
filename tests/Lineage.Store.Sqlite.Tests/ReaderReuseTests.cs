using System.Text.Json.Nodes;
using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Tests;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>
/// Reads run on pooled connections that keep prepared statements; what they answer must still follow every write,
/// whether it comes from this store object or from another process (the CLI's import) on the same file.
/// </summary>
public sealed class ReaderReuseTests : IDisposable
{
    private static readonly LineageQuery Commercialized = new(
        new ProgramSelector([MinistryCode.MEXT], [], [], []), new ProgramSelector([MinistryCode.METI], [], [], []), Stage.Commercialized);

    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-sqlite-").FullName;

    private SqliteStore NewStore() => new(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") }));

    [Fact]
    public async Task A_reused_connection_answers_from_the_data_after_a_reimport_by_the_same_store()
    {
        using var store = NewStore();
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(Tiny(), CancellationToken.None);
        for (var i = 0; i < 3; i++) // several rounds, so the answers below come from connections that were used before
            Assert.Contains("project:seed-one", await SeedsAsync(store));

        await store.ImportAsync(TinyWithStage("transfer:s1-b", "PROTOTYPE"), CancellationToken.None);

        Assert.DoesNotContain("project:seed-one", await SeedsAsync(store));
    }

    [Fact]
    public async Task A_reused_connection_answers_from_the_data_after_another_store_object_wrote_the_file()
    {
        using var reader = NewStore();
        await reader.InitializeAsync(CancellationToken.None);
        await reader.ImportAsync(Tiny(), CancellationToken.None);
        Assert.Contains("project:seed-one", await SeedsAsync(reader));

        using (var writer = NewStore()) // its own connections, as a second process would have
            await writer.ImportAsync(TinyWithStage("transfer:s1-b", "PROTOTYPE"), CancellationToken.None);

        Assert.DoesNotContain("project:seed-one", await SeedsAsync(reader));
        var changed = (await reader.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Cast<Transfer>().Single();
        Assert.Equal(Stage.Prototype, changed.Stage);
    }

    [Fact]
    public async Task Many_concurrent_lineage_queries_all_get_the_same_answer()
    {
        using var store = NewStore();
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(Tiny(), CancellationToken.None);
        var expected = await SeedsAsync(store);

        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => SeedsAsync(store))));

        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    [Fact]
    public async Task A_disposed_store_refuses_reads_with_a_clear_error()
    {
        var store = NewStore();
        await store.InitializeAsync(CancellationToken.None);
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.QueryLineageAsync(Commercialized, CancellationToken.None));
    }

    private static async Task<List<string>> SeedsAsync(SqliteStore store) =>
        (await store.QueryLineageAsync(Commercialized, CancellationToken.None)).Nodes.Select(p => p.Key).ToList();

    internal static Dataset Tiny() => DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));

    private Dataset TinyWithStage(string transferId, string stage) => TinyWithStage(_directory, transferId, stage);

    /// <summary>tiny with one transfer's stage changed, as a dataset read from a folder under <paramref name="parent"/>.</summary>
    internal static Dataset TinyWithStage(string parent, string transferId, string stage)
    {
        var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "tiny", "graph.json")))!;
        var transfer = graph["transfers"]!.AsArray().Single(t => (string?)t!["id"] == transferId)!;
        transfer["stage"] = stage;
        var dir = Directory.CreateDirectory(Path.Combine(parent, "changed-" + Guid.NewGuid().ToString("N"))).FullName;
        File.WriteAllText(Path.Combine(dir, "graph.json"), graph.ToJsonString());
        return DatasetLoader.LoadDirectory(dir);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
