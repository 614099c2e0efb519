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
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes) throw TooLarge(null, maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's refusals while reading: its size limit, or a body that ends before its length or chunks say.
            throw e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(null, maxBytes)
                : new GraphQLHttpException(ErrorCodes.BadRequest, $"The request body could not be read: {e.Message}");
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static GraphQLHttpException TooLarge(long? length, int maxBytes) => new(ErrorCodes.RequestTooLarge, length is { } n
        ? $"The request body is {n} bytes; the limit is {maxBytes} bytes (Lineage:GraphQL:MaxRequestBytes)."
        : $"The request body is larger than the limit of {maxBytes} bytes (Lineage:GraphQL:MaxRequestBytes).");
}
