using System.Security.Cryptography;

namespace Lineage.Server.Caching;

/// <summary>One kept answer: its bytes as sent, their media type and HTTP status, and the strong ETag of the bytes.</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, int Status)
{
    private string? _etag;

    /// <summary>A strong validator: equal bytes, equal tag, whichever data version produced them. Worked out when first
    /// asked for (GET and widget answers), so a POST answer never pays for the hash.</summary>
    public string ETag => _etag ??= ETagOf(Body);

    public static CachedResponse Of(byte[] body, string contentType, int status) => new(body, contentType, status);

    public static string ETagOf(ReadOnlySpan<byte> body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"";
}
