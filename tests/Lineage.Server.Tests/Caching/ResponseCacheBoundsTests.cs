using Lineage.Server.Caching;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Tests.Caching;

/// <summary>The cache's own bounds: its size in bytes, the largest entry, and entries of an old data version.</summary>
public sealed class ResponseCacheBoundsTests
{
    private static ResponseCache Cache(int maxBytes, int maxEntryBytes) =>
        new(Options.Create(new CacheOptions { MaxBytes = maxBytes, MaxEntryBytes = maxEntryBytes }));

    private static CachedResponse Answer(int bytes) => CachedResponse.Of(new byte[bytes], "application/json", 200);

    [Fact]
    public void It_never_holds_more_bytes_than_its_limit()
    {
        using var cache = Cache(maxBytes: 10_000, maxEntryBytes: 5_000);
        for (var i = 0; i < 50; i++) cache.Set("v1", $"q{i}", Answer(1_000));

        var kept = Enumerable.Range(0, 50).Count(i => cache.TryGet("v1", $"q{i}", out _));
        // Each entry counts its 1,000 bytes and more (its key): at most 10 fit in 10,000 bytes.
        Assert.InRange(kept, 1, 9);
    }

    [Fact]
    public void An_answer_larger_than_the_entry_limit_is_not_kept()
    {
        using var cache = Cache(maxBytes: 1_000_000, maxEntryBytes: 1_000);
        cache.Set("v1", "big", Answer(1_001));
        cache.Set("v1", "small", Answer(1_000));

        Assert.False(cache.TryGet("v1", "big", out _));
        Assert.True(cache.TryGet("v1", "small", out var small));
        Assert.Equal(1_000, small.Body.Length);
    }

    [Fact]
    public void An_entry_is_found_only_under_its_data_version_and_a_new_version_drops_the_old_entries()
    {
        using var cache = Cache(maxBytes: 1_000_000, maxEntryBytes: 1_000);
        cache.Set("v1", "q", Answer(10));

        Assert.False(cache.TryGet("v2", "q", out _));
        Assert.False(cache.TryGet("v1", "q", out _));
    }

    [Fact]
    public void With_no_bytes_allowed_nothing_is_kept()
    {
        using var cache = Cache(maxBytes: 0, maxEntryBytes: 1_000);
        cache.Set("v1", "q", Answer(10));

        Assert.False(cache.Enabled);
        Assert.False(cache.TryGet("v1", "q", out _));
    }
}
