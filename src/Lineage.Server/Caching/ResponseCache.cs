using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Caching;

/// <summary>
/// Answers kept under the data version they were computed at (<see cref="RequestDataVersion"/>), bounded in bytes
/// (Lineage:Cache:MaxBytes, least recently used evicted first). An entry is found only under the version it was stored
/// with, so nothing computed before an import is served after it; when the version moves, the old entries are dropped.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly CacheOptions _options;
    private readonly Lock _gate = new();
    private volatile string? _version;

    public ResponseCache(IOptions<CacheOptions> options)
    {
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, _options.MaxBytes), CompactionPercentage = 0.25 });
    }

    public bool Enabled => _options.Enabled && _options.MaxBytes > 0;

    public bool TryGet(string version, string key, out CachedResponse response)
    {
        response = null!;
        if (!Enabled) return false;
        Observe(version);
        return _entries.TryGetValue(new Key(version, key), out var found) && (response = (CachedResponse)found!) is not null;
    }

    /// <summary>Keeps <paramref name="response"/> for <paramref name="key"/>, unless it is larger than Lineage:Cache:MaxEntryBytes.</summary>
    /// <param name="version">The data version read before the answer was computed: the answer is at least that new.</param>
    public void Set(string version, string key, CachedResponse response)
    {
        if (!Enabled || response.Body.Length > _options.MaxEntryBytes) return;
        Observe(version);
        // The key's characters count too: a key can be as long as the request that made it.
        var size = response.Body.Length + 2L * (key.Length + version.Length) + 64;
        if (size > _options.MaxBytes) return;
        _entries.Set(new Key(version, key), response, new MemoryCacheEntryOptions { Size = size });
    }

    /// <summary>A new data version makes every entry of the old one unreachable; they are dropped now, not by eviction.</summary>
    private void Observe(string version)
    {
        if (_version == version) return;
        lock (_gate)
        {
            if (_version == version) return;
            var first = _version is null;
            _version = version;
            if (!first) _entries.Clear();
        }
    }

    public void Dispose() => _entries.Dispose();

    private readonly record struct Key(string Version, string Request);
}
