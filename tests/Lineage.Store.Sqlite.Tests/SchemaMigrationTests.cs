using Lineage.Core.Datasets;
using Lineage.Core.Search;
using Lineage.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>A file written by the first version of the store gains the exploration projections when opened.</summary>
public sealed class SchemaMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-sqlite-").FullName;

    private string DbPath => Path.Combine(_directory, "lineage.db");

    [Fact]
    public async Task A_version_1_file_is_migrated_and_its_stored_nodes_become_searchable()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "explore")), CancellationToken.None);
        // Make it what version 1 wrote: no exploration tables.
        await using (var c = new SqliteConnection($"Data Source={DbPath}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE node_links; DROP TABLE node_facts; DROP TABLE search_names; DROP TABLE meta; PRAGMA user_version = 1;";
            await cmd.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await reopened.InitializeAsync(CancellationToken.None);

        var hits = await reopened.SearchAsync(new SearchQuery("浜松医科"), CancellationToken.None);
        Assert.Equal(["org:hama-med"], hits.Select(h => h.Node.Id));
    }

    [Fact]
    public async Task A_version_2_file_gains_a_data_version_and_answers_lineage_from_what_it_holds()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny")), CancellationToken.None);
        store.Dispose();
        await using (var c = new SqliteConnection($"Data Source={DbPath}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE meta; PRAGMA user_version = 2;";
            await cmd.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();

        using var reopened = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await reopened.InitializeAsync(CancellationToken.None);

        var page = await reopened.QueryLineageAsync(new Core.Lineage.LineageQuery(
            Core.Selectors.ProgramSelector.ForMinistries(Core.Model.MinistryCode.MEXT), Core.Selectors.ProgramSelector.ForMinistries(Core.Model.MinistryCode.METI),
            Core.Model.Stage.Commercialized), CancellationToken.None);
        // tiny's one MEXT seed commercialized in a METI program (tests/Fixtures/lineage-cases.json).
        Assert.Equal(["transfer:s1-a", "transfer:s1-b"], Assert.Single(page.Nodes).Steps.Select(s => s.Id));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
