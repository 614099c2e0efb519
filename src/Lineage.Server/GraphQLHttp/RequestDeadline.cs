namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// One request's cancellation: its deadline (Lineage:GraphQL:RequestTimeout), or the client going away
/// (<see cref="HttpContext.RequestAborted"/>), whichever comes first. Reading the body, parsing, validation and execution
/// all take this token. One source with a timer, cancelled by the client's token too: not a second source linking them.
/// </summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _aborted;
    private readonly CancellationTokenRegistration _leaving;

    public RequestDeadline(TimeSpan timeout, TimeProvider time, CancellationToken aborted)
    {
        Timeout = timeout;
        _aborted = aborted;
        _source = new CancellationTokenSource(timeout, time);
        _leaving = aborted.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _source);
    }

    public TimeSpan Timeout { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>The deadline passed (as opposed to the client leaving).</summary>
    public bool Expired => _source.IsCancellationRequested && !_aborted.IsCancellationRequested;

    public void Dispose()
    {
        _leaving.Dispose();
        _source.Dispose();
    }
}
