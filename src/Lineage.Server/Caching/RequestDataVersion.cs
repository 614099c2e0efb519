using Lineage.Core.Store;

namespace Lineage.Server.Caching;

/// <summary>
/// The store's data version as a request sees it, asked for once, before anything is computed — so an answer kept
/// under it is never older than it (an import that commits meanwhile only makes the answer newer). It is asked of the
/// store on every request, because another process (the CLI's import) may have written the same file since the last one;
/// the store makes that cheap (SQLite reads it again only after a commit).
/// </summary>
public static class RequestDataVersion
{
    /// <summary>The version, or null when the store cannot tell now: then nothing is served from or kept in the cache,
    /// and the request itself meets (and reports) whatever is wrong with the store.</summary>
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
