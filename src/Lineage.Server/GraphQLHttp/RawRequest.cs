using System.Buffers;
using System.Runtime.ExceptionServices;
using Lineage.GraphQL.Errors;
using Lineage.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// A GraphQL request as it came, read once: the response cache looks at it before routing (<see cref="CacheFirst"/>),
/// the endpoint parses it after. What could not be read is kept as the error the endpoint answers with, in the order
/// the endpoint checks: the Accept header (406), the content type (415), the body (413, 400, the deadline).
/// </summary>
internal sealed class RawRequest : IDisposable
{
    private Exception? _unreadable;
    private RequestDeadline? _deadline;

    private RawRequest(bool isGet, string? accept, ReadOnlyMemory<byte> body)
    {
        IsGet = isGet;
        Accept = accept;
        Body = body;
    }

    public bool IsGet { get; }

    /// <summary>The media type to answer in, or null when the client accepts none the endpoint writes.</summary>
    public string? Accept { get; }

    /// <summary>A POST's body, whole; empty for a GET.</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    public bool IsReadable => Accept is not null && _unreadable is null;

    /// <summary>Whether the response cache was asked for this request (<see cref="CacheFirst.LookUpAsync"/>).</summary>
    public bool CacheAsked { get; set; }

    /// <summary>Where the response cache keeps this request's answer, when it was asked and did not have it.</summary>
    public (string Version, string Key)? CacheSlot { get; set; }

    /// <summary>
    /// The request, if it can be read without waiting: a GET, or a POST whose whole body (of a declared length within
    /// the limit) has already arrived — as a small request's does. Null otherwise, and nothing is consumed.
    /// </summary>
    public static RawRequest? TryReadArrived(HttpContext http, int maxBytes)
    {
        var request = http.Request;
        var accept = MediaTypes.Negotiate(request.Headers.Accept);
        if (HttpMethods.IsGet(request.Method)) return Keep(http, new RawRequest(isGet: true, accept, default));
        if (request.ContentLength is not (> 0 and var length) || length > maxBytes || !MediaTypes.IsJson(request.ContentType)
            || !request.BodyReader.TryRead(out var arrived)) return null;
        if (arrived.Buffer.Length < length)
        {
            request.BodyReader.AdvanceTo(arrived.Buffer.Start);
            return null;
        }
        var body = arrived.Buffer.Slice(0, length).ToArray();
        request.BodyReader.AdvanceTo(arrived.Buffer.GetPosition(length));
        return Keep(http, new RawRequest(isGet: false, accept, body));
    }

    /// <summary>The request read for this HTTP request: the one read before, or read now, under its deadline.</summary>
    public static async ValueTask<RawRequest> OfAsync(HttpContext http)
    {
        if (http.Features.Get<RawRequest>() is { } read) return read;
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var request = Keep(http, new RawRequest(isGet, MediaTypes.Negotiate(http.Request.Headers.Accept), default));
        if (request.Accept is null || isGet) return request;
        try
        {
            if (!MediaTypes.IsJson(http.Request.ContentType))
                throw new GraphQLHttpException(ErrorCodes.UnsupportedMediaType,
                    $"POST /graphql takes Content-Type: application/json (got '{http.Request.ContentType ?? "none"}').");
            var limits = http.RequestServices.GetRequiredService<IOptions<QueryLimitsOptions>>().Value;
            request.Body = await RequestBody.ReadAsync(http.Request, limits.MaxRequestBytes, request.DeadlineOf(http).Token);
        }
        catch (Exception e) when (e is GraphQLHttpException or OperationCanceledException)
        {
            request._unreadable = e;
        }
        return request;
    }

    /// <summary>The request's deadline (Lineage:GraphQL:RequestTimeout), started by the first work that may wait:
    /// reading a body still on its way, or answering.</summary>
    public RequestDeadline DeadlineOf(HttpContext http)
    {
        if (_deadline is null)
        {
            var services = http.RequestServices;
            _deadline = new RequestDeadline(services.GetRequiredService<IOptions<QueryLimitsOptions>>().Value.RequestTimeout,
                services.GetRequiredService<TimeProvider>(), http.RequestAborted);
        }
        return _deadline;
    }

    /// <summary>Throws what made the request unreadable, as reading it would have, for the endpoint to answer.</summary>
    public void ThrowIfUnreadable()
    {
        if (_unreadable is not null) ExceptionDispatchInfo.Throw(_unreadable);
    }

    public void Dispose() => _deadline?.Dispose();

    private static RawRequest Keep(HttpContext http, RawRequest request)
    {
        http.Response.RegisterForDispose(request);
        http.Features.Set(request);
        return request;
    }
}
