using Lineage.Core.Model;
using Lineage.Store.Sqlite.Snapshot;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>
/// The data version is read from the file again only after a commit, by any connection, and a commit is always seen
/// by the next caller: SQLite's own wal-index header tells. A file not in WAL mode is read every time.
/// </summary>
public sealed class KnownVersionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-known-version-").FullName;

    private sealed class CountedReads
    {
        public int Count { get; private set; }
        public long Value { get; set; }
        public Task<long> Read(CancellationToken _) { Count++; return Task.FromResult(Value); }
    }

    private (string Path, string ConnectionString) Database(string journalMode)
    {
        var path = Path.Combine(_directory, $"{journalMode}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        Execute(connectionString, $"PRAGMA journal_mode = {journalMode}; CREATE TABLE t (v INTEGER); INSERT INTO t VALUES (1);");
        return (path, connectionString);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task After_one_read_the_version_is_read_again_only_when_another_connection_has_committed()
    {
        var (path, connectionString) = Database("WAL");
        var reads = new CountedReads { Value = 7 };
        using var known = new KnownVersion(reads.Read, () => WalIndex.TryOpen(connectionString, path));

        Assert.Equal(7, await known.ReadAsync(CancellationToken.None)); // reads, opens the wal-index, reads again under its header
        Assert.Equal(2, reads.Count);
        Assert.Equal("7", await known.ReadTextAsync(CancellationToken.None)); // known: not read
        Assert.Equal(2, reads.Count);
        Assert.Equal(7, await known.ReadAsync(CancellationToken.None));
        Assert.Equal(2, reads.Count);

        Execute(connectionString, "SELECT count(*) FROM t"); // reading is not writing
        Assert.Equal(7, await known.ReadAsync(CancellationToken.None));
        Assert.Equal(2, reads.Count);

        reads.Value = 8;
        Execute(connectionString, "INSERT INTO t VALUES (2)");
        Assert.Equal(8, await known.ReadAsync(CancellationToken.None));
        Assert.Equal(3, reads.Count);
        Assert.Equal(8, await known.ReadAsync(CancellationToken.None));
        Assert.Equal(3, reads.Count);

        // A checkpoint moves the log into the file and, at the next commit, the log starts over: still a new header.
        Execute(connectionString, "PRAGMA wal_checkpoint(TRUNCATE)");
        reads.Value = 9;
        Execute(connectionString, "UPDATE t SET v = 3");
        Assert.Equal(9, await known.ReadAsync(CancellationToken.None));
        Assert.Equal(4, reads.Count);
    }

    [Fact]
    public async Task A_file_not_in_WAL_mode_is_read_every_time()
    {
        var (path, connectionString) = Database("DELETE");
        Assert.Null(WalIndex.TryOpen(connectionString, path));
        var reads = new CountedReads();
        using var known = new KnownVersion(reads.Read, () => WalIndex.TryOpen(connectionString, path));
        for (var i = 0; i < 3; i++) await known.ReadAsync(CancellationToken.None);
        Assert.Equal(3, reads.Count);
    }

    [Fact]
    public async Task A_store_whose_version_was_known_sees_an_import_that_another_store_committed_to_its_file()
    {
        var path = Path.Combine(_directory, "lineage.db");
        using var store = await TinyStoreAsync(path);
        var before = await store.GetDataVersionAsync(CancellationToken.None);
        Assert.Equal(before, await store.GetDataVersionAsync(CancellationToken.None));
        Assert.Equal(Stage.Commercialized, ((Transfer)(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single()).Stage);

        await CommitElsewhereAsync(path);

        Assert.NotEqual(before, await store.GetDataVersionAsync(CancellationToken.None));
        Assert.Equal(Stage.Prototype, ((Transfer)(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single()).Stage);
    }

    [Fact]
    public async Task A_node_known_in_memory_is_not_given_out_once_another_store_committed_to_the_file()
    {
        var path = Path.Combine(_directory, "known.db");
        using var store = await TinyStoreAsync(path);
        Assert.False(store.TryGetKnown("transfer:s1-b", out _)); // not read yet: a caller reads it, batched
        await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None);
        Assert.True(store.TryGetKnown("transfer:s1-b", out var kept));
        Assert.Equal(Stage.Commercialized, ((Transfer)kept).Stage);
        Assert.False(store.TryGetKnown("transfer:no-such", out _));

        await CommitElsewhereAsync(path);

        Assert.False(store.TryGetKnown("transfer:s1-b", out _)); // the old node is not current any more
        Assert.Equal(Stage.Prototype, ((Transfer)(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single()).Stage);
        Assert.True(store.TryGetKnown("transfer:s1-b", out var current));
        Assert.Equal(Stage.Prototype, ((Transfer)current).Stage);
    }

    /// <summary>A store on its own file holding the tiny dataset (transfer:s1-b COMMERCIALIZED).</summary>
    private static async Task<SqliteStore> TinyStoreAsync(string path)
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = path }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(ReaderReuseTests.Tiny(), CancellationToken.None);
        return store;
    }

    /// <summary>Another store object — as another process would — imports transfer:s1-b at PROTOTYPE into the file.</summary>
    private async Task CommitElsewhereAsync(string path)
    {
        using var writer = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = path }));
        await writer.ImportAsync(ReaderReuseTests.TinyWithStage(_directory, "transfer:s1-b", "PROTOTYPE"), CancellationToken.None);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
