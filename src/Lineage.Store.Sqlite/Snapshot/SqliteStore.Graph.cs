using Lineage.Core.Engine;
using Lineage.Core.Store;
using Lineage.Store.Sqlite.Snapshot;

namespace Lineage.Store.Sqlite;

/// <summary>
/// The engine's graph, kept in memory and swapped whole when the file's data version moves — after this store's own
/// import commits, or when another process imported into the same file. Readers never see half an import: a snapshot
/// is read in one transaction and replaced by reference.
/// </summary>
public sealed partial class SqliteStore
{
    private const string DataVersionSql = "SELECT value FROM meta WHERE key = 'data_version'";

    private readonly SemaphoreSlim _graphLock = new(1, 1);
    private volatile GraphSnapshot? _graph;

    private Task<long> ReadVersionAsync(CancellationToken ct) =>
        ReadAsync(async r => Convert.ToInt64(await r.Command(DataVersionSql).ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture), ct);

    public async Task<string> GetDataVersionAsync(CancellationToken cancellationToken) => await _versions.ReadTextAsync(cancellationToken);

    /// <summary>
    /// The snapshot of the file's current data version. What is read from the file after this call is at least as new
    /// as the snapshot, so it may be kept in the snapshot's node cache: a caller that sees a newer version gets a new snapshot.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken) => await SnapshotAsync(cancellationToken);

    // Every question asks: while the wal-index says nothing committed, the snapshot is current and nothing is awaited.
    private ValueTask<GraphSnapshot> SnapshotAsync(CancellationToken ct) =>
        KnownCurrent() is { } current ? ValueTask.FromResult(current) : ReadSnapshotAsync(ct);

    /// <summary>The snapshot, when it is of the version the wal-index says the file still has; null when only a read can tell.</summary>
    private GraphSnapshot? KnownCurrent()
    {
        var current = _graph;
        return current is not null && _versions.TryPeek(out var version) && current.Version == version ? current : null;
    }

    private async ValueTask<GraphSnapshot> ReadSnapshotAsync(CancellationToken ct)
    {
        var version = await _versions.ReadAsync(ct);
        var current = _graph;
        if (current is not null && current.Version == version) return current;
        return await RefreshGraphAsync(ct);
    }

    /// <summary>A node parsed at the file's current version already; never reads, so a version that moved answers false.</summary>
    public bool TryGetKnown(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Lineage.Core.Model.INode? node)
    {
        node = null;
        return KnownCurrent() is { } current && current.Nodes.TryGet(id, out node);
    }

    /// <summary>From this many hand-offs on, the rows a graph is built from (and the graph it replaces) are worth returning to the system at once.</summary>
    private const int LargeGraph = 200_000;

    /// <summary>
    /// Building a national-scale graph reads a million rows into objects that are garbage a moment later; the GC keeps
    /// that memory for the process unless told. One compacting collection that returns it halves the serving process's
    /// RSS at a million transfers, for a fraction of a second once per data version.
    /// </summary>
    private static void GiveBackMemory()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private async Task<GraphSnapshot> RefreshGraphAsync(CancellationToken ct)
    {
        await _graphLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            GraphSnapshot fresh;
            try
            {
                fresh = await SnapshotReader.ReadAsync(connection, ct);
            }
            catch (InvalidDataException e)
            {
                // Projections that disagree with each other: the file was changed behind the store's back.
                throw new StoreUnavailableException(
                    $"The SQLite store at '{System.IO.Path.GetFullPath(_path)}' is inconsistent ({e.Message}); import the dataset again into a new file.", e);
            }
            // Read under the lock, so whichever caller reads last holds what the file has now.
            var replaced = _graph?.HandOffs ?? 0;
            _graph = fresh;
            if (fresh.HandOffs + replaced >= LargeGraph) GiveBackMemory();
            return fresh;
        }
        finally
        {
            _graphLock.Release();
        }
    }
}
