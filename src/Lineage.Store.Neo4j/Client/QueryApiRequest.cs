namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// What the resilience pipeline needs to know about a request it did not build. A request is retryable only when
/// sending it twice cannot do harm: an auto-commit statement or opening a transaction. A statement inside an open
/// transaction, a commit and a rollback are never retried — a second send could apply twice or hit a transaction the
/// first send already ended.
/// </summary>
internal static class QueryApiRequest
{
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("Lineage.Neo4j.Retryable");

    public static bool IsRetryable(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Retryable, out var retryable) && retryable;
}
