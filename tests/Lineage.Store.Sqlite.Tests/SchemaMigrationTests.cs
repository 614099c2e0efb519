using Lineage.Core.Datasets;
using Lineage.Core.Search;
using Lineage.Tests;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>Files written by older versions of the store are migrated when opened: projections filled, nothing lost.</summary>
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
        // Make it what version 1 wrote: no exploration tables, no links, no basis.
        await ExecAsync("DROP TABLE node_links; DROP TABLE node_facts; DROP TABLE search_names; DROP TABLE links; DROP TABLE meta; " +
            "DROP INDEX ix_transfers_basis; ALTER TABLE transfers DROP COLUMN basis; PRAGMA user_version = 1;");
        SqliteConnection.ClearAllPools();

        var reopened = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await reopened.InitializeAsync(CancellationToken.None);

        var hits = await reopened.SearchAsync(new SearchQuery("浜松医科"), CancellationToken.None);
        Assert.Equal(["org:hama-med"], hits.Select(h => h.Node.Id));
    }

    [Fact]
    public async Task A_version_2_file_keeps_its_hand_offs_as_stated_and_takes_links_and_programs_without_runners()
    {
        // What version 2 wrote, from its own schema files: a program, a transfer, their canonical JSON.
        var sql = Path.Combine(RepoPaths.Root, "src", "Lineage.Store.Sqlite", "Sql");
        await ExecAsync(File.ReadAllText(Path.Combine(sql, "schema-v1.sql")) + File.ReadAllText(Path.Combine(sql, "schema-v2.sql")) + """
            INSERT INTO transfers (id, from_program, to_program, stage_rank) VALUES ('transfer:old', 'program:a', 'program:b', 1);
            INSERT INTO nodes (id, kind, name_ja, json) VALUES ('transfer:old', 'Transfer', 'transfer:old', '{}');
            PRAGMA user_version = 2;
            """);
        await ExecAsync("INSERT INTO programs (id, run_by) VALUES ('program:a', NULL)", expectFailure: true); // v2: run_by NOT NULL
        SqliteConnection.ClearAllPools();

        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = DbPath }));
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("STATED", await ScalarAsync("SELECT basis FROM transfers WHERE id = 'transfer:old'"));
        Assert.Equal(3L, await ScalarAsync("PRAGMA user_version"));
        Assert.Equal(0L, await ScalarAsync("SELECT \"notnull\" FROM pragma_table_info('programs') WHERE name = 'run_by'"));
        // The curated dataset (programs without runners, links, inferred hand-offs) now imports, and links are queryable in SQL.
        var data = DatasetLoader.LoadDirectory(RepoPaths.Data);
        await store.ImportAsync(data, CancellationToken.None);
        Assert.Equal((long)data.Links.Count, await ScalarAsync("SELECT count(*) FROM links"));
        Assert.Equal((long)data.Links.Count(l => l.LinkKind == Lineage.Core.Model.LinkKind.PolicyDirective), await ScalarAsync("SELECT count(*) FROM links WHERE kind = 'POLICY_DIRECTIVE'"));
        Assert.Equal((long)data.Transfers.Count(t => t.Basis == Lineage.Core.Model.Basis.Inferred), await ScalarAsync("SELECT count(*) FROM transfers WHERE basis = 'INFERRED'"));
        Assert.Equal((long)data.Programs.Count(p => p.RunBy is null), await ScalarAsync("SELECT count(*) FROM programs WHERE run_by IS NULL"));
        // Version 3 also keeps a data version, and the engine's graph is read from what the file holds.
        Assert.NotNull(await ScalarAsync("SELECT value FROM meta WHERE key = 'data_version'"));
        var headline = await store.QueryLineageAsync(new Core.Lineage.LineageQuery(
            Core.Selectors.ProgramSelector.ForMinistries(Core.Model.MinistryCode.MEXT), Core.Selectors.ProgramSelector.ForMinistries(Core.Model.MinistryCode.METI),
            Core.Model.Stage.Commercialized), CancellationToken.None);
        Assert.Equal(["project:metal-laser-sintering-milling-machine"], headline.Nodes.Select(p => p.Key)); // tests/Fixtures/dataset-answers.json
        store.Dispose();
    }

    private async Task ExecAsync(string sql, bool expectFailure = false)
    {
        await using var c = new SqliteConnection($"Data Source={DbPath}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        if (expectFailure) await Assert.ThrowsAsync<SqliteException>(() => cmd.ExecuteNonQueryAsync());
        else await cmd.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var c = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
