using Microsoft.Extensions.Primitives;

namespace Lineage.Server.Caching;

/// <summary>If-None-Match (RFC 9110 §13.1.2): a list of entity tags or *, compared weakly (W/ is ignored).</summary>
public static class ConditionalRequest
{
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        var tag = Opaque(etag);
        foreach (var header in ifNoneMatch)
        {
            if (header is null) continue;
            foreach (var candidate in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (candidate == "*" || Opaque(candidate).SequenceEqual(tag)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> Opaque(string etag) => etag.StartsWith("W/", StringComparison.Ordinal) ? etag.AsSpan(2) : etag.AsSpan();
}
