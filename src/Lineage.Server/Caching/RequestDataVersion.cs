using Lineage.Core.Store;

namespace Lineage.Server.Caching;

/// <summary>
/// The store's data version as one request sees it, read once per request and before anything is computed — so an
/// answer kept under it is never older than it (an import that commits meanwhile only makes the answer newer). It is
/// read from the store on every request (SQLite: one row on a pooled prepared statement, no parse), because another
/// process (the CLI's import) may have written the same file since the last one.
/// </summary>
public sealed class RequestDataVersion(ILineageStore store)
{
    private Task<string?>? _version;

    /// <summary>The version, or null when the store cannot tell now: then nothing is served from or kept in the cache,
    /// and the request itself meets (and reports) whatever is wrong with the store.</summary>
    public Task<string?> GetAsync(CancellationToken cancellationToken) => _version ??= TryReadAsync(store, cancellationToken);

    /// <summary>The version read now, or null when the store cannot tell.</summary>
    public static async Task<string?> TryReadAsync(ILineageStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetDataVersionAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }
}
