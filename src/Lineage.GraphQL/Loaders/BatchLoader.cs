using GraphQL.DataLoader;

namespace Lineage.GraphQL.Loaders;

/// <summary>
/// Collects the keys that resolvers of one execution level ask for and fetches them in one call.
/// GraphQL.NET resolves deferred results only after it has queued every field of a level, so by the
/// time the first result is awaited all sibling keys are pending. (GraphQL.DataLoader is not served
/// by our package mirror; this is the part of it we need.)
/// </summary>
public sealed class BatchLoader<TKey, TValue> where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Lock _gate = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> _batches = [];

    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) => _fetch = fetch;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batches.ContainsKey(key)) _pending.Add(key);
        }
        return new Result(this, key);
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> BatchFor(TKey key, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_batches.TryGetValue(key, out var running)) return running;
            var keys = _pending.ToList();
            if (!keys.Contains(key)) keys.Add(key);
            _pending.Clear();
            var batch = _fetch(keys, ct);
            foreach (var k in keys) _batches[k] = batch;
            return batch;
        }
    }

    private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var batch = await loader.BatchFor(key, cancellationToken);
            return batch.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
