using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>A POST body read whole but never past Lineage:GraphQL:MaxRequestBytes: a larger one is a 413 before it is buffered.</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(request.ContentLength.Value, maxBytes);
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(null, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static GraphQLHttpException TooLarge(long? length, int maxBytes) => new(ErrorCodes.RequestTooLarge,
        $"The request body is {(length is { } n ? $"{n} bytes" : "larger than that")}; the limit is {maxBytes} bytes (Lineage:GraphQL:MaxRequestBytes).");
}
