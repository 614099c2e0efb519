namespace Lineage.Server.Caching;

/// <summary>
/// Writes a kept (or just computed) answer. With a validator (GET /graphql, the widgets) it carries its ETag, and a
/// request whose If-None-Match names it gets a 304 without the body.
/// </summary>
public sealed class CachedAnswer(CachedResponse response, bool withValidator) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        if (withValidator && response.Status == StatusCodes.Status200OK)
        {
            http.Headers.ETag = response.ETag;
            if (ConditionalRequest.Matches(httpContext.Request.Headers.IfNoneMatch, response.ETag))
            {
                http.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }
        http.StatusCode = response.Status;
        http.ContentType = response.ContentType;
        http.ContentLength = response.Body.Length;
        return http.Body.WriteAsync(response.Body, httpContext.RequestAborted).AsTask();
    }
}
