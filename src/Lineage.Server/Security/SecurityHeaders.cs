namespace Lineage.Server.Security;

/// <summary>
/// The headers every response carries, whichever endpoint wrote it (the GraphQL answers, health, the widgets'
/// text/plain errors, the framework's own 404s): <c>X-Content-Type-Options: nosniff</c>, so nothing is ever read as a
/// type it was not sent as; <c>Referrer-Policy: no-referrer</c>; and, where the endpoint set no policy of its own, a
/// Content-Security-Policy that lets the response run, load and frame nothing (an API answer is data, not a page).
/// Pages set their own policy (the IDE, the widget pages), which this leaves alone.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ReferrerPolicy = "Referrer-Policy";
    public const string DefaultPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        // At the last moment, so headers set (or cleared) by the endpoint are seen, and error responses get them too.
        http.Response.OnStarting(static state =>
        {
            Apply(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, http.Response);
        return next(http);
    }

    private static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey(ReferrerPolicy)) headers[ReferrerPolicy] = "no-referrer";
        if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = DefaultPolicy;
    }
}
