namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// An open explicit transaction (<c>/query/v2/tx/{id}</c>). Every request carries the cluster-affinity header the
/// server gave at begin, so a cluster or Aura routes it to the member holding the transaction. Nothing inside is
/// retried; disposing without <see cref="CommitAsync"/> rolls back, so a failure anywhere leaves no trace.
/// </summary>
public sealed class QueryTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private readonly string _url;
    private bool _ended;

    internal QueryTransaction(QueryApiClient client, string url, string id, string? affinity)
    {
        _client = client;
        _url = url;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }
    public string? Affinity { get; }

    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        try
        {
            var body = new QueryApiClient.RequestBody { Statement = statement, Parameters = parameters };
            var (result, _) = await _client.SendAsync(HttpMethod.Post, _url, body, retryable: false, Affinity, ct);
            return result;
        }
        catch
        {
            // Neo4j ends a transaction whose statement failed; roll back anyway in case it did not.
            await RollbackQuietlyAsync();
            throw;
        }
    }

    /// <summary>Commits; the bookmarks Neo4j returns go to every later request, so reads see this write.</summary>
    public async Task CommitAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        _ended = true;
        await _client.SendAsync(HttpMethod.Post, $"{_url}/commit", new QueryApiClient.RequestBody(), retryable: false, Affinity, ct);
        ClientLog.TransactionEnded(_client.Logger, Id, "committed");
    }

    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_ended) return;
        _ended = true;
        await _client.SendAsync(HttpMethod.Delete, _url, body: null, retryable: false, Affinity, ct);
        ClientLog.TransactionEnded(_client.Logger, Id, "rolled back");
    }

    public async ValueTask DisposeAsync() => await RollbackQuietlyAsync();

    private async Task RollbackQuietlyAsync()
    {
        if (_ended) return;
        try
        {
            // Not the caller's token: a cancelled import must still release its transaction.
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // The server times an abandoned transaction out; the failure that led here is the one to report.
            ClientLog.RollbackFailed(_client.Logger, Id, e);
        }
    }
}
