using Lineage.GraphQL.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Lineage.Server.GraphQLHttp;

/// <summary>A POST body read whole but never past Lineage:GraphQL:MaxRequestBytes: a larger one is a 413 before it is buffered.</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(request.ContentLength.Value, maxBytes);
        // Kestrel's own limit (30 MB by default) becomes ours, so a chunked body is cut off at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBytes + 1L;
        // Read straight into one buffer: a body of known length (Kestrel ends it there) lands in place without a copy;
        // a chunked one grows the buffer as it comes, never past the limit (one byte over it is how a larger body shows).
        var known = request.ContentLength is { } length ? (int)length : -1;
        var buffer = new byte[known >= 0 ? known : Math.Min(4096, maxBytes + 1)];
        var filled = 0;
        try
        {
            while (known < 0 || filled < known)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length > maxBytes) throw TooLarge(null, maxBytes);
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0) break;
                filled += read;
                if (filled > maxBytes) throw TooLarge(null, maxBytes);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's refusals while reading: its size limit, or a body that ends before its length or chunks say.
            throw e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(null, maxBytes)
                : new GraphQLHttpException(ErrorCodes.BadRequest, $"The request body could not be read: {e.Message}");
        }
        return buffer.AsMemory(0, filled);
    }

    private static GraphQLHttpException TooLarge(long? length, int maxBytes) => new(ErrorCodes.RequestTooLarge, length is { } n
        ? $"The request body is {n} bytes; the limit is {maxBytes} bytes (Lineage:GraphQL:MaxRequestBytes)."
        : $"The request body is larger than the limit of {maxBytes} bytes (Lineage:GraphQL:MaxRequestBytes).");
}
