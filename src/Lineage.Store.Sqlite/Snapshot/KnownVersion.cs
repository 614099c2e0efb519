namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>
/// The file's data version, read from the file only after a commit: every request asks for it, and one SQL read (a
/// connection, a statement, SQLite's file locks) costs more than answering a kept answer. Before each read the
/// wal-index header is taken (<see cref="WalIndex"/>), so the version read is at least as new as the header; while the
/// header stays the same, no connection of any process has committed, and the version stays the same too.
/// </summary>
internal sealed class KnownVersion(Func<CancellationToken, Task<long>> read, Func<WalIndex?> openIndex) : IDisposable
{
    private sealed record Known(WalIndexHeader Header, long Version, string Text);

    private readonly Lock _gate = new();
    private WalIndex? _index;
    private bool _opened;
    private bool _disposed;
    private volatile Known? _known;

    public async ValueTask<long> ReadAsync(CancellationToken cancellationToken) => (await KnownAsync(cancellationToken)).Version;

    /// <summary>The version as the store's port gives it out, without formatting it again on every request.</summary>
    public async ValueTask<string> ReadTextAsync(CancellationToken cancellationToken) => (await KnownAsync(cancellationToken)).Text;

    /// <summary>The version, when the wal-index says nothing committed since it was read; false when only a read can tell.</summary>
    public bool TryPeek(out long version)
    {
        var index = Volatile.Read(ref _index);
        var known = _known;
        var unchanged = index is not null && known is not null && known.Header == index.Read();
        version = unchanged ? known!.Version : 0;
        return unchanged;
    }

    private ValueTask<Known> KnownAsync(CancellationToken cancellationToken)
    {
        var index = Volatile.Read(ref _index);
        if (index is null) return ReadAsync(null, cancellationToken);
        var header = index.Read();
        var known = _known;
        return known is not null && known.Header == header ? ValueTask.FromResult(known) : ReadAsync(header, cancellationToken);
    }

    private async ValueTask<Known> ReadAsync(WalIndexHeader? header, CancellationToken cancellationToken)
    {
        var version = await read(cancellationToken);
        var known = new Known(header ?? default, version, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (header is not null) _known = known;
        else OpenIndex(); // after a read that worked, so the file exists and has its schema; the next caller stamps
        return known;
    }

    /// <summary>Once: a database that is not in WAL mode (or whose wal-index cannot be mapped) is read every time.</summary>
    private void OpenIndex()
    {
        if (Volatile.Read(ref _opened)) return; // tried already: a file not in WAL mode is not asked again
        lock (_gate)
        {
            if (_opened || _disposed) return;
            Volatile.Write(ref _index, openIndex());
            Volatile.Write(ref _opened, true);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _index?.Dispose();
            // A reader that took the index before this sees a disposed view and fails like any read of a disposed store.
        }
    }
}
