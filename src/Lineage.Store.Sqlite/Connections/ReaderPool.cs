using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Connections;

/// <summary>
/// Open read connections that keep their prepared statements between requests. Microsoft.Data.Sqlite forgets a
/// statement when its command is disposed, and preparing lineage.sql took as long as running it (bench/RESULTS.md).
/// </summary>
internal sealed class ReaderPool : IDisposable
{
    private readonly ConcurrentBag<PooledReader> _idle = [];
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly int _capacity;
    private int _idleCount;
    private volatile bool _disposed;

    /// <param name="open">Opens a configured connection; its failures (store unavailable) reach the caller as they are.</param>
    /// <param name="capacity">Idle readers kept; a burst beyond it opens extra ones that are closed when returned.</param>
    public ReaderPool(Func<CancellationToken, Task<SqliteConnection>> open, int capacity)
    {
        _open = open;
        _capacity = capacity;
    }

    public async Task<PooledReader> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            return reader;
        }
        return new PooledReader(this, await _open(cancellationToken));
    }

    internal void Return(PooledReader reader)
    {
        // A reader that failed mid-statement may hold a broken handle; it is closed rather than handed out again.
        if (_disposed || reader.Failed || Interlocked.Increment(ref _idleCount) > _capacity)
        {
            if (!_disposed && !reader.Failed) Interlocked.Decrement(ref _idleCount);
            reader.Close();
            return;
        }
        _idle.Add(reader);
        if (_disposed && _idle.TryTake(out var late)) late.Close();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader)) reader.Close();
    }
}
