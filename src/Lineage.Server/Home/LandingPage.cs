using System.Net;
using GraphQL;
using GraphQL.Types;
using Lineage.Server.Widgets;

namespace Lineage.Server.Home;

/// <summary>
/// GET / — what this service is and where to go next: the IDE, the widgets, health, the schema and the README. A
/// static page without script, served under the same security headers as the other HTML pages; every value that
/// comes from the request (the host name in the examples) is HTML-escaped.
/// </summary>
internal static class LandingPage
{
    public static void MapLandingPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => WidgetPages.Html(http, Render(http), StatusCodes.Status200OK, ["'none'"]));
        // The README ships beside the executable; served as text, so nothing in it can run.
        app.MapGet("/README.md", (HttpContext http) => PlainText(http, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")), "text/markdown; charset=utf-8"));
        app.MapGet("/schema.graphql", (HttpContext http, ISchema schema) => PlainText(http, schema.Print(), "text/plain; charset=utf-8"));
    }

    private static IResult PlainText(HttpContext http, string text, string contentType)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(text, contentType);
    }

    internal static string Render(HttpContext http)
    {
        var origin = WebUtility.HtmlEncode($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}");
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lineage — where research seeds went next</title>
            <style>
              body { font: 16px/1.5 system-ui, "Noto Sans CJK JP", sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
              h1 { font-size: 1.6rem; margin-bottom: .2rem; } .sub { color: #555; margin-top: 0; }
              ul { padding-left: 1.2rem; } li { margin: .4rem 0; } code, pre { font-family: ui-monospace, monospace; font-size: .9em; }
              pre { background: #f4f4f4; padding: .8rem; overflow-x: auto; }
            </style>
            </head>
            <body>
            <h1>Lineage</h1>
            <p class="sub">Japan's regional science-and-technology programs (2007–2009) as a graph — 地域科学技術施策の系譜</p>
            <p>Lineage answers one question well: <strong>where did a research seed funded by one ministry's program go next,
            and how far did it get?</strong> Programs, ministries, agencies, regions, universities, companies and projects are
            nodes; hand-offs between programs are edges, and every fact carries its source document and a verbatim quote.</p>
            <ul>
              <li><a href="graphql">GraphQL IDE</a> — GraphiQL, opened on the headline question (MEXT seeds that reached METI commercialization)</li>
              <li><a href="widgets">Widgets</a> — a web component, an SVG/PNG picture and an iframe page for reports</li>
              <li><a href="readyz">Readiness</a> (the store answers) and <a href="healthz">liveness</a></li>
              <li><a href="README.md">README</a> (how to run, configure and query it) and <a href="schema.graphql">the schema</a> (SDL; introspection is on too)</li>
            </ul>
            <p>Ask it from a terminal:</p>
            <pre>curl -s {{origin}}/graphql -H 'Content-Type: application/json' \
              -d '{"query": "{ lineage(from: {ministries: [MEXT]}, to: {ministries: [METI]}, minStage: COMMERCIALIZED) { totalCount } }"}'</pre>
            </body>
            </html>
            """;
    }
}
