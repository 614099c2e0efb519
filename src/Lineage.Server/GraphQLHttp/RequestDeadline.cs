namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// One request's cancellation: its deadline (Lineage:GraphQL:RequestTimeout) linked with the client going away
/// (<see cref="HttpContext.RequestAborted"/>). Reading the body, parsing, validation and execution all take this token.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public RequestDeadline(TimeSpan timeout, TimeProvider time, CancellationToken aborted)
    {
        Timeout = timeout;
        _timer = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _timer.Token);
    }

    public TimeSpan Timeout { get; }

    public CancellationToken Token => _linked.Token;

    /// <summary>The deadline passed (as opposed to the client leaving).</summary>
    public bool Expired => _timer.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
