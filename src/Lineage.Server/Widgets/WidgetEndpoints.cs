using System.Security.Cryptography;
using System.Text;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Output;
using Lineage.Rendering.Scenes;
using Lineage.Server.Caching;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Widgets;

/// <summary>
/// The widgets for reports, in one place: /widgets/lineage.js (the component), /widgets/lineage.svg
/// (the static picture), /embed/lineage (a page for iframes), /widgets (snippets with live examples).
/// </summary>
public static partial class WidgetEndpoints
{
    public static WebApplication MapLineageWidgets(this WebApplication app)
    {
        // Bound and checked at start (Hosting: ValidateOnStart); CORS for /graphql is the framework's (Hosting/GraphQLCors).
        var options = app.Services.GetRequiredService<IOptions<WidgetOptions>>().Value;

        app.MapGet("/widgets/lineage.js", (HttpContext http) => WidgetAssets.Script(http));
        app.MapGet("/widgets/lineage.svg", (HttpContext http, ILineageStore store, IFlowQueries flows, ILoggerFactory loggers) => Picture(http, store, flows, loggers, PictureFormat.Svg));
        app.MapGet("/widgets/lineage.png", (HttpContext http, ILineageStore store, IFlowQueries flows, ILoggerFactory loggers) => Picture(http, store, flows, loggers, PictureFormat.Png));
        app.MapGet("/widgets/lineage.json", (HttpContext http, ILineageStore store, IFlowQueries flows, ILoggerFactory loggers) => Picture(http, store, flows, loggers, PictureFormat.Scene));
        app.MapGet("/embed/lineage", (HttpContext http, ILineageStore store) => Embed(http, store, options));
        app.MapGet("/widgets", (HttpContext http) => WidgetPages.Gallery(http));
        return app;
    }

    private enum PictureFormat { Svg, Png, Scene }

    /// <summary>
    /// GET /widgets/lineage.svg?from=MEXT&amp;to=METI&amp;minStage=COMMERCIALIZED (.png: that SVG rasterised; .json: the
    /// scene the component draws) — the same bytes for the same data and parameters (and, for PNG, the same fonts),
    /// with an ETag from them.
    /// </summary>
    private static async Task<IResult> Picture(HttpContext http, ILineageStore store, IFlowQueries flows, ILoggerFactory loggers, PictureFormat format)
    {
        WidgetRequest request;
        try
        {
            request = WidgetRequest.Parse(http.Request.Query);
        }
        catch (Exception e) when (e is WidgetParameterException or InvalidQueryException)
        {
            return BadRequest(http, e.Message);
        }

        // The same parameters at the same data version draw the same bytes: kept, keyed by the query string as sent.
        var cache = http.RequestServices.GetRequiredService<ResponseCache>();
        var version = cache.Enabled ? await RequestDataVersion.TryReadAsync(store, http.RequestAborted) : null;
        var key = version is null ? null : $"{format}\n{http.Request.QueryString.Value}";
        if (key is not null && cache.TryGet(version!, key, out var kept)) return PictureAnswer(http, format, kept);

        Scene scene;
        try
        {
            scene = Pictures.Scene(await PictureLoader.LoadAsync(store, flows, request.Question, http.RequestAborted));
        }
        catch (InvalidQueryException e)
        {
            return BadRequest(http, e.Message);
        }
        catch (StoreUnavailableException e)
        {
            LogStoreUnavailable(loggers.CreateLogger(typeof(WidgetEndpoints)), e);
            return Results.Text("The store is unavailable; try again shortly. " + e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        byte[] bytes;
        try
        {
            bytes = format switch
            {
                PictureFormat.Scene => SceneJson.Write(scene),
                PictureFormat.Png => PngWriter.Rasterise(SvgWriter.Write(scene), request.Width ?? 2 * PictureQuestion.DefaultWidth),
                _ => SvgWriter.Write(scene),
            };
        }
        catch (Exception e) when (format == PictureFormat.Png && e is DllNotFoundException or TypeInitializationException)
        {
            // SkiaSharp's native library needs fontconfig (Debian: libfontconfig1); the SVG needs nothing.
            return Results.Text($"PNG cannot be drawn on this server ({e.GetBaseException().Message}); install libfontconfig1, or use /widgets/lineage.svg.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status501NotImplemented);
        }
        var answer = CachedResponse.Of(bytes, format switch
        {
            PictureFormat.Scene => "application/json; charset=utf-8",
            PictureFormat.Png => "image/png",
            _ => "image/svg+xml; charset=utf-8",
        }, StatusCodes.Status200OK);
        if (key is not null) cache.Set(version!, key, answer);
        return PictureAnswer(http, format, answer);
    }

    private static CachedAnswer PictureAnswer(HttpContext http, PictureFormat format, CachedResponse answer)
    {
        // Short-lived in browsers and proxies, because the next import may change the picture; past it, revalidating
        // with the ETag costs a 304 while the data version (and so the bytes) stayed the same.
        http.Response.Headers.CacheControl = "public, max-age=60";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Opened on its own, the SVG is a document: it may run nothing and load nothing.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        // The scene is public data like the pictures: the component on any site may read it (a simple GET, no preflight).
        if (format == PictureFormat.Scene) http.Response.Headers.AccessControlAllowOrigin = "*";
        return new CachedAnswer(answer, withValidator: true);
    }

    private static async Task<IResult> Embed(HttpContext http, ILineageStore store, WidgetOptions options)
    {
        WidgetRequest request;
        try
        {
            request = WidgetRequest.Parse(http.Request.Query, allowHeight: true);
            // The page draws what its scene request answers; an id the graph does not have is a 400 now, named by the
            // engine as every interface names it (a question of no paths costs only its count).
            await store.QueryLineageAsync(request.Query with { First = 0 }, http.RequestAborted);
        }
        catch (Exception e) when (e is WidgetParameterException or InvalidQueryException)
        {
            return WidgetPages.Html(http, WidgetPages.ErrorPage(e.Message), StatusCodes.Status400BadRequest, options.EffectiveFrameAncestors);
        }
        catch (StoreUnavailableException e)
        {
            return WidgetPages.Html(http, WidgetPages.ErrorPage("The store is unavailable; try again shortly. " + e.Message), StatusCodes.Status503ServiceUnavailable, options.EffectiveFrameAncestors);
        }
        return WidgetPages.Html(http, WidgetPages.EmbedPage(http, request), StatusCodes.Status200OK, options.EffectiveFrameAncestors);
    }

    /// <summary>A 400 naming every problem; readable from another site too, so the component can show it.</summary>
    private static IResult BadRequest(HttpContext http, string message)
    {
        http.Response.Headers.AccessControlAllowOrigin = "*";
        return Results.Text(message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "A widget could not be drawn: the store is unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}

/// <summary>The bundled component, embedded in the assembly at build time (src/Lineage.Widgets/Lineage.Widgets.targets).</summary>
internal static class WidgetAssets
{
    private static readonly Lazy<CachedResponse?> Bundle = new(() =>
    {
        using var stream = typeof(WidgetAssets).Assembly.GetManifestResourceStream("Lineage.Server.Widgets.lineage.js");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return CachedResponse.Of(copy.ToArray(), "text/javascript; charset=utf-8", StatusCodes.Status200OK);
    });

    public static IResult Script(HttpContext http)
    {
        if (Bundle.Value is not { } bundle)
            return Results.Text("The widget bundle was not built into this server (built with LINEAGE_SKIP_WEB=1, or without npm). Build without LINEAGE_SKIP_WEB to get /widgets/lineage.js.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        // Revalidate every time: a new server version must reach pages at once; the ETag keeps it cheap.
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return new CachedAnswer(bundle, withValidator: true);
    }

    public static bool Built => Bundle.Value is not null;

    internal static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
