using Lineage.Bench.Generator;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>
/// A dataset from the national-scale generator (bench/Generator), small enough for a test but past the size from which
/// the first import into an empty file builds its indexes after the rows: it reads without a problem, imports with the
/// counts its size gives, exports the nodes it was made of, and a second import is a sync compared batch by batch.
/// </summary>
public sealed class GeneratedDatasetImportTests : IDisposable
{
    // The generator's rules for 8,000 transfers: a tenth as many programs, 0.3 × as many projects, 60 regions (its least),
    // 8 ministries with two agencies each, one source. Cohorts are random, so their count is the generator's own.
    private const int Transfers = 8000;

    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-generated-").FullName;

    [Fact]
    public async Task A_generated_dataset_imports_with_the_counts_of_its_size_and_exports_the_nodes_it_was_made_of()
    {
        var (folder, written) = Generate();
        var check = DatasetLoader.Check(folder);
        Assert.Empty(check.Problems);
        using var store = NewStore("generated.db");
        await store.InitializeAsync(CancellationToken.None);

        // As the import command does: the checked folder, read again a file at a time as it is written.
        var report = await store.ImportAsync(check.Folder!, null, CancellationToken.None);

        var expected = new Dictionary<NodeKind, int>
        {
            [NodeKind.Source] = 1, [NodeKind.Ministry] = 8, [NodeKind.Agency] = 16, [NodeKind.Region] = 60, [NodeKind.Program] = 800,
            [NodeKind.Project] = 2400, [NodeKind.Transfer] = Transfers, [NodeKind.Cohort] = written["cohorts"],
        };
        Assert.Equal(expected, report.PerKind.ToDictionary(p => p.Key, p => p.Value.Created));
        Assert.Equal(0, report.Updated + report.Unchanged + report.Deleted);
        var exported = (await store.ExportAsync(CancellationToken.None)).Nodes().ToDictionary(n => n.Id, n => NodeWriter.ToJson(n));
        Assert.Equal(DatasetLoader.LoadDirectory(folder).Nodes().ToDictionary(n => n.Id, n => NodeWriter.ToJson(n)), exported);
        Assert.Equal(DatasetFingerprint.Of(folder), await store.GetDatasetFingerprintAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_file_that_changes_after_the_check_stops_the_import_and_the_store_is_left_as_it_was()
    {
        var (folder, _) = Generate();
        var check = DatasetLoader.Check(folder);
        Assert.Empty(check.Problems);
        // The last file is read last: every file before it has been written in the transaction when the change shows.
        var last = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Last();
        File.AppendAllText(last, "\n"); // the same nodes, other bytes: what was checked is no longer what is read
        using var store = NewStore("changed.db");
        await store.InitializeAsync(CancellationToken.None);
        var version = await store.GetDataVersionAsync(CancellationToken.None);

        var e = await Assert.ThrowsAsync<DatasetValidationException>(() => store.ImportAsync(check.Folder!, null, CancellationToken.None));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(Path.GetFileName(last), problem.File);
        Assert.Contains("changed while the dataset was being read; nothing was written", problem.Message, StringComparison.Ordinal);
        Assert.True(await store.IsEmptyAsync(CancellationToken.None));
        Assert.Equal(version, await store.GetDataVersionAsync(CancellationToken.None));
        Assert.Null(await store.GetDatasetFingerprintAsync(CancellationToken.None));
        using var fresh = NewStore("fresh.db");
        await fresh.InitializeAsync(CancellationToken.None);
        Assert.Equal(await IndexesAsync("fresh.db"), await IndexesAsync("changed.db")); // the indexes a bulk import drops are back
    }

    [Fact]
    public async Task After_a_bulk_first_import_the_file_has_every_index_a_new_file_has_and_answers_as_the_engine_does()
    {
        var (_, dataset, store) = await ImportedAsync();
        using var _ = store;
        using var fresh = NewStore("fresh.db");
        await fresh.InitializeAsync(CancellationToken.None);

        Assert.Equal(await IndexesAsync("fresh.db"), await IndexesAsync("generated.db"));
        var question = new LineageQuery(new ProgramSelector([MinistryCode.MEXT], [], [], []), new ProgramSelector([MinistryCode.METI], [], [], []),
            MaxHops: 8, First: 100);
        var byEngine = LineageEngine.Answer(LineageGraph.Of(dataset), question.Validated()).ToPage(dataset.Transfers.ToDictionary(t => t.Id, StringComparer.Ordinal));
        var byStore = await store.QueryLineageAsync(question, CancellationToken.None);
        Assert.True(byEngine.TotalCount > 0, "the question should have answers on a generated graph");
        Assert.Equal(byEngine.TotalCount, byStore.TotalCount);
        Assert.Equal(byEngine.Nodes.Select(p => p.Id), byStore.Nodes.Select(p => p.Id));
    }

    [Fact]
    public async Task Importing_it_again_changes_nothing_and_a_smaller_copy_deletes_just_what_it_lacks()
    {
        var (folder, dataset, store) = await ImportedAsync();
        using var _ = store;
        Assert.Equal(DatasetFingerprint.Of(folder), await store.GetDatasetFingerprintAsync(CancellationToken.None));
        var version = await store.GetDataVersionAsync(CancellationToken.None);

        var again = await store.ImportAsync(dataset, CancellationToken.None);

        Assert.Equal(dataset.Nodes().Count(), again.Unchanged);
        Assert.Equal(0, again.Created + again.Updated + again.Deleted);
        Assert.Equal(version, await store.GetDataVersionAsync(CancellationToken.None));

        // Not read from files: no fingerprint, so the store no longer claims to hold the folder's files.
        var smaller = dataset with { Transfers = dataset.Transfers.Skip(100).ToList(), Fingerprint = null };
        var planned = await store.PlanImportAsync(smaller, CancellationToken.None);
        var synced = await store.ImportAsync(smaller, CancellationToken.None);

        Assert.Equal(100, synced.PerKind[NodeKind.Transfer].Deleted);
        Assert.Equal(Transfers - 100, synced.PerKind[NodeKind.Transfer].Unchanged);
        Assert.Equal(100, synced.Deleted);
        Assert.Equal(0, synced.Created + synced.Updated);
        Assert.Equal(planned.PerKind, synced.PerKind);
        Assert.Empty(await store.GetNodesAsync([dataset.Transfers[0].Id, dataset.Transfers[99].Id], CancellationToken.None));
        Assert.Null(await store.GetDatasetFingerprintAsync(CancellationToken.None));
    }

    private (string Folder, IReadOnlyDictionary<string, int> Written) Generate()
    {
        var folder = Path.Combine(_directory, "dataset");
        var written = SyntheticDataset.Write(new GeneratorOptions(Transfers, 3, folder));
        Assert.Equal(Transfers, written["transfers"]);
        return (folder, written);
    }

    /// <summary>A generated dataset imported into a new, empty file.</summary>
    private async Task<(string Folder, Dataset Dataset, SqliteStore Store)> ImportedAsync()
    {
        var (folder, _) = Generate();
        var dataset = DatasetLoader.LoadDirectory(folder);
        var store = NewStore("generated.db");
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(dataset, CancellationToken.None);
        return (folder, dataset, store);
    }

    private SqliteStore NewStore(string file) => new(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, file) }));

    private async Task<List<string>> IndexesAsync(string file)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(_directory, file)};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name";
        var names = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) names.Add(r.GetString(0));
        return names;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
