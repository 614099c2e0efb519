using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Engine;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Store.Sqlite.Connections;
using Lineage.Store.Sqlite.Import;
using Lineage.Store.Sqlite.Schema;
using Lineage.Store.Sqlite.Snapshot;
using Lineage.Store.Sqlite.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite;

/// <summary>The embedded store: a single SQLite file holding each node's canonical JSON plus indexed projections.</summary>
public sealed partial class SqliteStore : ILineageStore, IKnownNodes, IDisposable
{
    private readonly string _connectionString;
    private readonly string _path;
    private readonly ReaderPool _readers;
    private readonly int _busyTimeoutSeconds;

    /// <summary>Every request asks for the data version (the response cache is keyed by it, snapshots are checked
    /// against it): it is read only when the file may have changed, and reads that overlap share one statement.</summary>
    private readonly KnownVersion _versions;

    static SqliteStore()
    {
        // SQLite's memory statistics take one process-wide mutex on every allocation; with it on, two threads running
        // lineage.sql did less than one (bench/RESULTS.md). It can only be turned off before SQLite initializes, so a
        // later call (another component opened SQLite first) is refused with SQLITE_MISUSE and changes nothing.
        SQLitePCL.Batteries_V2.Init();
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    public SqliteStore(IOptions<SqliteStoreOptions> options)
    {
        var o = options.Value;
        _path = o.Path;
        _busyTimeoutSeconds = o.BusyTimeoutSeconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = o.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = o.BusyTimeoutSeconds,
        }.ToString();
        _readers = new ReaderPool(OpenAsync, Math.Max(4, Environment.ProcessorCount * 4));
        _versions = new KnownVersion(new SharedVersionRead(ReadVersionAsync).ReadAsync, () => WalIndex.TryOpen(_connectionString, _path));
    }

    public void Dispose()
    {
        _versions.Dispose();
        _readers.Dispose();
        _graphLock.Dispose();
    }

    /// <summary>
    /// Runs a read on a pooled connection that keeps its prepared statements; every query goes this way. Fresh
    /// connections (<see cref="OpenAsync"/>) are for the schema, imports, exports and health checks.
    /// </summary>
    private async Task<T> ReadAsync<T>(Func<PooledReader, Task<T>> read, CancellationToken cancellationToken)
    {
        var reader = await _readers.RentAsync(cancellationToken);
        try
        {
            return await read(reader);
        }
        catch
        {
            reader.MarkFailed();
            throw;
        }
        finally
        {
            await reader.DisposeAsync();
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path));
        try
        {
            if (dir is not null) Directory.CreateDirectory(dir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"Cannot create the folder for the SQLite store at '{System.IO.Path.GetFullPath(_path)}': {e.Message}", e);
        }
        await using var c = await OpenAsync(cancellationToken);
        await SqliteSchema.EnsureAsync(c, cancellationToken);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var c = await OpenAsync(cancellationToken);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM nodes";
            var n = await cmd.ExecuteScalarAsync(cancellationToken);
            return new StoreHealth(true, $"sqlite {_path}: {n} nodes");
        }
        catch (Exception e) when (e is SqliteException or StoreUnavailableException or IOException or UnauthorizedAccessException)
        {
            return new StoreHealth(false, $"sqlite {_path}: {e.Message}");
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT NOT EXISTS (SELECT 1 FROM nodes)";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    public Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken) => ImportAsync(dataset, null, cancellationToken);

    public Task<ImportReport> ImportAsync(Dataset dataset, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ImportAsync(ImportSource.Of(dataset), progress, cancellationToken);

    public async Task<ImportReport> ImportAsync(ImportSource source, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        try
        {
            await using var c = await OpenAsync(cancellationToken);
            // IMMEDIATE takes the write lock up front (waiting up to BusyTimeoutSeconds for another writer), so two
            // imports cannot interleave their reads and writes. Disposal without commit rolls back: a failure or a
            // cancellation anywhere leaves the store as it was.
            await using var tx = c.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            using var projections = new Projections(c, tx);
            // A large import touches many pages of every table; SQLite's default cache (2 MB) rereads them from the
            // file system again and again. This connection is closed after the import, and its cache with it.
            projections.Exec("PRAGMA cache_size = -65536");
            // Rebuilding an index after a bulk import is a sort of all its rows; SQLite sorts in that many threads.
            projections.Exec(FormattableString.Invariant($"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount, 1, 8)}"));
            var tally = await SyncAsync(c, tx, source, projections, progress, cancellationToken);
            if (tally.Changed) projections.Exec("UPDATE meta SET value = random() WHERE key = 'data_version'");
            RecordFingerprint(projections, source.Fingerprint);
            await tx.CommitAsync(cancellationToken);
            // Readers compare the data version on every question and load the new graph when it moved (this process's
            // and any other's): an import does not load it itself, so a command-line import never pays for it.
            return tally.Report();
        }
        catch (SqliteException e)
        {
            throw Unavailable(e);
        }
    }

    public Task<ImportReport> PlanImportAsync(Dataset dataset, CancellationToken cancellationToken) => PlanImportAsync(ImportSource.Of(dataset), cancellationToken);

    public async Task<ImportReport> PlanImportAsync(ImportSource source, CancellationToken cancellationToken)
    {
        // A dry run creates nothing: no file yet means an empty store, which every node is new to.
        if (!File.Exists(_path))
        {
            var created = new ImportTally();
            foreach (var batch in source.Batches(SyncBatch))
                foreach (var node in batch) created.Decide(node, null);
            return created.Report();
        }
        try
        {
            await using var c = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString());
            await c.OpenAsync(cancellationToken);
            await using var tx = c.BeginTransaction(deferred: true);
            return (await SyncAsync(c, tx, source, null, null, cancellationToken)).Report();
        }
        catch (SqliteException e)
        {
            throw Unavailable(e);
        }
    }

    /// <summary>Nodes compared with the store per batch of this many: the JSON held at once is one batch's, not the store's.</summary>
    private const int SyncBatch = 1000;

    /// <summary>
    /// The import plan's decisions (<see cref="ImportTally"/>), a batch at a time: deletes first (a ministry code freed by
    /// a deleted ministry may be taken by a new one), then every node compared with its stored JSON and written when it
    /// differs. Without <paramref name="projections"/> nothing is written (a dry run).
    /// </summary>
    private static async Task<ImportTally> SyncAsync(SqliteConnection c, SqliteTransaction tx, ImportSource source, Projections? projections, IProgress<int>? progress, CancellationToken ct)
    {
        var tally = new ImportTally();
        var storedIds = await StoredIdsAsync(c, tx, ct);
        // An empty store (the first import) has nothing to delete.
        foreach (var id in storedIds.Count == 0 ? [] : ImportTally.Gone(storedIds, source))
        {
            tally.Delete(id);
            projections?.DeleteNode(id);
        }
        var bulk = projections is not null && storedIds.Count == 0 && source.Count >= BulkNodes;
        var indexes = bulk ? await DropIndexesAsync(c, tx, ct) : [];
        using var batches = source.Batches(SyncBatch).GetEnumerator();
        var next = NextRowsAsync(batches, ct);
        try
        {
            while (await next is { } rows)
            {
                // The next batch is read and its JSON made on another core while this one is compared and written.
                next = NextRowsAsync(batches, ct);
                // An empty store (the first import) has nothing to compare with.
                var stored = storedIds.Count == 0 ? [] : await StoredJsonAsync(c, tx, rows.Select(r => r.Node.Id), ct);
                foreach (var row in rows)
                {
                    if (tally.Decide(row.Node, row.Json, stored.GetValueOrDefault(row.Node.Id)) is { } write && projections is not null)
                        projections.Write(row, write.Created);
                }
                projections?.Flush();
                progress?.Report(rows.Length);
            }
        }
        finally
        {
            // A write that failed leaves the next batch's task running: the enumerator is disposed only once it is done.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        foreach (var create in indexes) projections!.Exec(create);
        return tally;
    }

    /// <summary>
    /// The next batch read (from the files, for a folder) and made into rows on another core. The enumerator is moved
    /// by one task at a time: each is awaited before the next is started.
    /// </summary>
    private static Task<Projections.Row[]?> NextRowsAsync(IEnumerator<IReadOnlyList<INode>> batches, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.Run<Projections.Row[]?>(() => batches.MoveNext() ? batches.Current.Select(Projections.Row.Of).ToArray() : null, ct);
    }

    /// <summary>From this many nodes on, the first import into an empty store builds the secondary indexes after the rows.</summary>
    private const int BulkNodes = 10_000;

    /// <summary>
    /// Drops the secondary indexes (the statements that create them again are returned): rows inserted in id order
    /// land at the end of their table, but each index entry at a random place of its index, and building an index once
    /// from sorted rows is several times faster than a million random inserts. In the import's transaction, so a
    /// failure brings them back with the rest; the sync's own reads go by primary keys, which stay.
    /// </summary>
    private static async Task<List<string>> DropIndexesAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            // Indexes with SQL are the schema's CREATE INDEX ones; the automatic ones of keys and UNIQUE stay.
            cmd.CommandText = "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) indexes.Add((r.GetString(0), r.GetString(1)));
        }
        foreach (var (name, _) in indexes)
        {
            await using var drop = c.CreateCommand();
            drop.Transaction = tx;
            drop.CommandText = $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await drop.ExecuteNonQueryAsync(ct);
        }
        return indexes.Select(i => i.Sql).ToList();
    }

    private static async Task<List<string>> StoredIdsAsync(SqliteConnection c, SqliteTransaction tx, CancellationToken ct)
    {
        var ids = new List<string>();
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id FROM nodes";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        return ids;
    }

    private static async Task<Dictionary<string, string>> StoredJsonAsync(SqliteConnection c, SqliteTransaction tx, IEnumerable<string> ids, CancellationToken ct)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, json FROM nodes WHERE id IN (SELECT value FROM json_each($ids))";
        cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) stored[r.GetString(0)] = r.GetString(1);
        return stored;
    }

    /// <summary>A locked, read-only, full or corrupt file: the store cannot be used now, and the message says why.</summary>
    private StoreUnavailableException Unavailable(SqliteException e) => e.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => new StoreUnavailableException(
            $"The SQLite store at '{System.IO.Path.GetFullPath(_path)}' is locked by another writer; gave up after {_busyTimeoutSeconds} s " +
            "(Lineage:Sqlite:BusyTimeoutSeconds). Nothing was written.", e),
        _ => new StoreUnavailableException($"The SQLite store at '{System.IO.Path.GetFullPath(_path)}' failed: {e.Message} Nothing was written.", e),
    };

    public async Task<Dataset> ExportAsync(CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT kind, json FROM nodes ORDER BY id";
        return Dataset.FromNodes(await ReadNodesAsync(cmd, cancellationToken));
    }

    public async Task<IReadOnlyList<INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        return await CachedNodesAsync(await SnapshotAsync(cancellationToken), ids, cancellationToken);
    }

    /// <summary>The nodes with these ids: those parsed at this data version already from the snapshot, the rest read and kept.</summary>
    private ValueTask<List<INode>> CachedNodesAsync(GraphSnapshot snapshot, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var nodes = new List<INode>(ids.Count);
        List<string>? missing = null;
        foreach (var id in ids)
        {
            if (snapshot.Nodes.TryGet(id, out var node)) nodes.Add(node);
            else (missing ??= []).Add(id);
        }
        return missing is null ? ValueTask.FromResult(nodes) : ReadMissingAsync(snapshot, nodes, missing, cancellationToken);
    }

    private async ValueTask<List<INode>> ReadMissingAsync(GraphSnapshot snapshot, List<INode> nodes, List<string> missing, CancellationToken cancellationToken)
    {
        foreach (var node in await ReadAsync(r => GetNodesOnAsync(r, missing, cancellationToken), cancellationToken))
        {
            snapshot.Nodes.Add(node);
            nodes.Add(node);
        }
        return nodes;
    }

    private static async Task<List<INode>> GetNodesOnAsync(PooledReader reader, List<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var cmd = reader.Command("SELECT kind, json FROM nodes WHERE id IN (SELECT value FROM json_each($ids))");
        cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        return await ReadNodesAsync(cmd, cancellationToken);
    }

    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        return await ReadAsync(r =>
        {
            var cmd = r.Command(SqlText.Get("list-nodes.sql"));
            cmd.Parameters.AddWithValue("$kind", query.Kind.ToString());
            cmd.Parameters.AddWithValue("$ministries", JsonSerializer.Serialize((query.Ministries ?? []).Select(EnumText.ToText)));
            cmd.Parameters.AddWithValue("$name", (object?)query.NameContains ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$parent", (object?)query.Parent ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$after", query.After is null ? DBNull.Value : Cursor.Decode(query.After));
            cmd.Parameters.AddWithValue("$limit", query.First + 1);
            return ReadPageAsync(cmd, query.First, query.After is not null, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Transfer>> GetTransfersAsync(IReadOnlyCollection<string> programIds, TransferDirection direction, CancellationToken cancellationToken)
    {
        if (programIds.Count == 0) return [];
        return await ReadAsync(async r =>
        {
            var cmd = r.Command(direction == TransferDirection.Outgoing ? TransfersFrom : TransfersTo);
            cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(programIds));
            return (await ReadNodesAsync(cmd, cancellationToken)).Cast<Transfer>().ToList();
        }, cancellationToken);
    }

    private const string TransfersOrder = " IN (SELECT value FROM json_each($ids)) ORDER BY t.from_fy IS NULL, t.from_fy, t.to_fy IS NULL, t.to_fy, t.id";
    private const string TransfersFrom = "SELECT n.kind, n.json FROM transfers t JOIN nodes n ON n.id = t.id WHERE t.from_program" + TransfersOrder;
    private const string TransfersTo = "SELECT n.kind, n.json FROM transfers t JOIN nodes n ON n.id = t.id WHERE t.to_program" + TransfersOrder;

    public async Task<LineagePage> QueryLineageAsync(LineageQuery query, CancellationToken cancellationToken) =>
        (await QueryLineageValidatedAsync([query.Validated()], cancellationToken))[0];

    /// <summary>
    /// Answers each question with the engine over the in-memory graph, then reads every transfer of every page in one
    /// statement: the only JSON parsed is that of the transfers returned and not parsed at this data version before.
    /// </summary>
    private async Task<IReadOnlyList<LineagePage>> QueryLineageValidatedAsync(IReadOnlyList<LineageQuery> queries, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var answers = queries.Select(q => LineageEngine.Answer(snapshot.Graph, q)).ToList();
        var ids = new HashSet<string>(answers.SelectMany(a => a.TransferIds), StringComparer.Ordinal);
        var transfers = new Dictionary<string, Transfer>(ids.Count, StringComparer.Ordinal);
        foreach (var node in await CachedNodesAsync(snapshot, ids, cancellationToken)) transfers[node.Id] = (Transfer)node;
        return answers.Select(a => a.ToPage(transfers)).ToList();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            await c.OpenAsync(ct);
            // The lineage CTE materializes several small intermediate tables; on disk they cost a temp file
            // per statement, which measured as two thirds of its time (bench/RESULTS.md).
            await using (var pragma = c.CreateCommand())
            {
                pragma.CommandText = "PRAGMA temp_store = MEMORY";
                await pragma.ExecuteNonQueryAsync(ct);
            }
            return c;
        }
        catch (SqliteException e)
        {
            await c.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the SQLite store at '{System.IO.Path.GetFullPath(_path)}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads a page statement's rows (total, kind, json), one more than <paramref name="first"/> asked so that the
    /// page knows whether another follows; the total comes on every row, also on the one row of an empty page.
    /// </summary>
    private static async Task<NodePage> ReadPageAsync(SqliteCommand cmd, int first, bool hasPrevious, CancellationToken ct)
    {
        var total = 0;
        var nodes = new List<INode>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                total = r.GetInt32(0);
                if (!r.IsDBNull(1)) nodes.Add(NodeReader.ReadStored(Enum.Parse<NodeKind>(r.GetString(1)), r.GetString(2)));
            }
        }
        return new NodePage(total, nodes.Take(first).ToList(), nodes.Count > first, hasPrevious);
    }

    private static async Task<List<INode>> ReadNodesAsync(SqliteCommand cmd, CancellationToken ct)
    {
        var nodes = new List<INode>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            nodes.Add(NodeReader.ReadStored(Enum.Parse<NodeKind>(r.GetString(0)), r.GetString(1)));
        return nodes;
    }
}
