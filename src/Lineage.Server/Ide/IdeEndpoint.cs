using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Lineage.Server.Ide;

/// <summary>
/// The GraphQL IDE (GraphiQL, bundled from npm by src/Lineage.Web into wwwroot/ide): served at the GraphQL
/// endpoint's own address when a browser asks for a page (GET, Accept prefers text/html, no <c>query</c> parameter),
/// with its static assets under /ide. Every other request to the endpoint goes on to the GraphQL-over-HTTP handler.
/// </summary>
internal static partial class IdeEndpoint
{
    public const string AssetsPath = "/ide";

    /// <summary>
    /// The IDE runs its bundled scripts and workers from this server and talks to this server only; it may not be
    /// framed (clickjacking), and loads nothing from elsewhere. Styles may be inline: the page has one, and
    /// Monaco and GraphiQL add theirs at run time.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication UseLineageIde(this WebApplication app, string graphQLPath)
    {
        var directory = Path.Combine(app.Environment.WebRootPath is { Length: > 0 } webRoot ? webRoot : Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "ide");
        var page = IdePage.Load(directory);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdeEndpoint).FullName!);
        if (!page.IsBuilt) LogNotBuilt(logger, directory);

        if (Directory.Exists(directory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = AssetsPath,
                FileProvider = new PhysicalFileProvider(directory),
                OnPrepareResponse = context =>
                {
                    // Vite puts a content hash in every asset's name: cache them for good.
                    if (context.Context.Request.Path.StartsWithSegments(AssetsPath + "/assets", StringComparison.Ordinal))
                        context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    // Monaco's web workers run under their script's own policy: the IDE's, not the API's "nothing at all".
                    context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                },
            });
        }

        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && IsEndpoint(request.Path, graphQLPath)
                && !request.Query.ContainsKey("query")
                && BrowserAccept.PrefersHtml(request.Headers.Accept))
            {
                var response = http.Response;
                response.StatusCode = page.IsBuilt ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
                response.ContentType = "text/html; charset=utf-8";
                response.Headers.CacheControl = "no-cache";
                // The same URL answers GraphQL clients with JSON: caches must key on Accept.
                response.Headers.Vary = HeaderNames.Accept;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
                if (HttpMethods.IsGet(request.Method))
                    await response.WriteAsync(page.Render(request.PathBase.Add(AssetsPath) + "/"), http.RequestAborted);
                return;
            }
            await next(http);
        });
        return app;
    }

    private static bool IsEndpoint(PathString path, string graphQLPath) =>
        path.Equals(graphQLPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(graphQLPath + "/", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The GraphQL IDE is not built (no index.html in {Directory}); browsers get a page saying how to build it. Build without LINEAGE_SKIP_WEB=1 to include it.")]
    private static partial void LogNotBuilt(ILogger logger, string directory);
}
