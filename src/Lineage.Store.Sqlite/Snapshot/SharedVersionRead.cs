namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>
/// Reads of the file's data version, shared by callers that arrive together. A caller may take the result of a read
/// that began after it arrived — that read sees every commit made before the caller came, by this process or another —
/// but never one that was already running when it came. So at most one read runs at a time, those who arrive meanwhile
/// share the next one, and under load one statement serves many requests instead of one each; alone, a caller reads at once.
/// </summary>
internal sealed class SharedVersionRead(Func<CancellationToken, Task<long>> read)
{
    private readonly Lock _gate = new();
    private bool _reading;
    private TaskCompletionSource<long>? _next;

    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        TaskCompletionSource<long> mine;
        bool follow;
        lock (_gate)
        {
            // A read running now began before this call: wait for the next one, which begins after it.
            follow = _reading;
            if (follow) mine = _next ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            else
            {
                _reading = true;
                mine = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        if (follow) return await mine.Task.WaitAsync(cancellationToken);
        await RunAsync(mine);
        return await mine.Task;
    }

    /// <summary>One read for everyone waiting on <paramref name="flight"/> (no single caller can cancel it); then the next
    /// one, if anyone came meanwhile, on another thread, so that this caller goes on with its own work.</summary>
    private async Task RunAsync(TaskCompletionSource<long> flight)
    {
        try
        {
            flight.SetResult(await read(CancellationToken.None));
        }
        catch (Exception e)
        {
            flight.SetException(e);
        }
        TaskCompletionSource<long>? next;
        lock (_gate)
        {
            next = _next;
            _next = null;
            if (next is null) _reading = false;
        }
        if (next is not null) ThreadPool.UnsafeQueueUserWorkItem(static s => _ = s.Self.RunAsync(s.Next), (Self: this, Next: next), preferLocal: false);
    }
}
