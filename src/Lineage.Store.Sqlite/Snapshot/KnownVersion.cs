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
        var known = Unchanged(out _);
        version = known?.Version ?? 0;
        return known is not null;
    }

    private ValueTask<Known> KnownAsync(CancellationToken cancellationToken) =>
        Unchanged(out var header) is { } known ? ValueTask.FromResult(known) : ReadAsync(header, cancellationToken);

    /// <summary>The version known, if no connection of any process committed since: the header it was stamped with is the header now.</summary>
    private Known? Unchanged(out WalIndexHeader? header)
    {
        var index = Volatile.Read(ref _index);
        header = index?.Read();
        var known = _known;
        return header is not null && known is not null && known.Header == header ? known : null;
    }

    private async ValueTask<Known> ReadAsync(WalIndexHeader? header, CancellationToken cancellationToken)
    {
        var version = await read(cancellationToken);
        var known = new Known(header ?? default, version, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (header is not null)
        {
            _known = known;
            return known;
        }
        // The first read that worked (so the file exists and has its schema) opens the index, and is read once more
        // under its header: from then on the version is known without a read, from the very next caller on.
        return OpenIndex() is { } index ? await ReadAsync(index.Read(), cancellationToken) : known;
    }

    /// <summary>Once: a database that is not in WAL mode (or whose wal-index cannot be mapped) is read every time.</summary>
    private WalIndex? OpenIndex()
    {
        if (Volatile.Read(ref _opened)) return Volatile.Read(ref _index); // tried already: a file not in WAL mode is not asked again
        lock (_gate)
        {
            if (_opened || _disposed) return _index;
            Volatile.Write(ref _index, openIndex());
            Volatile.Write(ref _opened, true);
            return _index;
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
