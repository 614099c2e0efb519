using System.Globalization;
using System.Text;
using Lineage.Core.Model;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Text;
using Lineage.Rendering.Themes;
using static System.Net.WebUtility;

namespace Lineage.Server.Widgets;

/// <summary>
/// The HTML pages of the widgets. Every value from a request goes through HtmlEncode, and the pages
/// carry no inline script, so their Content-Security-Policy can forbid it.
/// </summary>
internal static class WidgetPages
{
    private const string Headline = "from=MEXT&to=METI&minStage=COMMERCIALIZED";

    public static IResult Html(HttpContext http, string html, int status, IReadOnlyList<string> frameAncestors)
    {
        http.Response.Headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; " +
            $"base-uri 'none'; form-action 'none'; frame-ancestors {string.Join(' ', frameAncestors)}";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    private static string Base(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>The attributes of &lt;lineage-graph&gt; for a request, in the element's kebab-case names.</summary>
    public static IEnumerable<(string Name, string Value)> Attributes(WidgetRequest r)
    {
        if (r.From.Count > 0) yield return ("from", string.Join(",", r.From));
        if (r.To.Count > 0) yield return ("to", string.Join(",", r.To));
        if (r.Query.MinStage is { } stage) yield return ("min-stage", StageName(stage));
        if (r.Query.MaxHops != Core.Lineage.LineageQuery.DefaultMaxHops) yield return ("max-hops", Num(r.Query.MaxHops));
        if (r.Query.FiscalYearFrom is { } a) yield return ("fiscal-year-from", Num(a));
        if (r.Query.FiscalYearTo is { } b) yield return ("fiscal-year-to", Num(b));
        yield return ("lang", r.Lang == Language.En ? "en" : "ja");
        if (r.Mode == PictureMode.Flows) yield return ("mode", "flows");
        if (r.Theme is { } theme) yield return ("theme", theme == ThemeName.Dark ? "dark" : "light");
        if (r.Height is { } height) yield return ("height", height);
    }

    private static string StageName(Stage stage) => stage switch
    {
        Stage.Seed => "SEED",
        Stage.JointResearch => "JOINT_RESEARCH",
        Stage.Prototype => "PROTOTYPE",
        Stage.Practical => "PRACTICAL",
        _ => "COMMERCIALIZED",
    };

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Element(WidgetRequest r, string? src = null)
    {
        var sb = new StringBuilder("<lineage-graph");
        foreach (var (name, value) in Attributes(r)) sb.Append(' ').Append(name).Append("=\"").Append(HtmlEncode(value)).Append('"');
        sb.Append("></lineage-graph>");
        if (src is not null) sb.Append("\n<script src=\"").Append(HtmlEncode(src)).Append("\"></script>");
        return sb.ToString();
    }

    /// <summary>/embed/lineage: the component alone on a page, for an iframe; it asks this server's /graphql.</summary>
    public static string EmbedPage(HttpContext http, WidgetRequest r)
    {
        var lang = r.Lang == Language.En ? "en" : "ja";
        var title = Words.For(r.Lang).Figure;
        var background = r.Theme is { } theme ? Theme.For(theme).Background : "transparent";
        return $$"""
            <!doctype html>
            <html lang="{{lang}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{{HtmlEncode(title)}}</title>
            <style>html, body { margin: 0; background: {{background}}; } lineage-graph { display: block; width: 100%; min-height: 100vh; }</style>
            </head>
            <body>
            {{Element(r, $"{http.Request.PathBase}/widgets/lineage.js")}}
            </body>
            </html>
            """;
    }

    public static string ErrorPage(string message) => $$"""
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Bad widget parameters</title>
        <style>body { font-family: system-ui, sans-serif; margin: 16px; color: #b42318; }</style></head>
        <body><p role="alert">{{HtmlEncode(message)}}</p></body>
        </html>
        """;

    /// <summary>/widgets: the three forms, each with a snippet to copy and the same snippet live.</summary>
    public static IResult Gallery(HttpContext http)
    {
        var b = Base(http);
        var componentEn = $"<script src=\"{b}/widgets/lineage.js\"></script>\n<lineage-graph from=\"MEXT\" to=\"METI\" min-stage=\"COMMERCIALIZED\" lang=\"en\"></lineage-graph>";
        var flowsJa = $"<script src=\"{b}/widgets/lineage.js\"></script>\n<lineage-graph from=\"MEXT\" to=\"METI\" mode=\"flows\" lang=\"ja\" height=\"420\"></lineage-graph>";
        var svg = $"<img alt=\"Lineage: MEXT → METI, commercialized\" src=\"{b}/widgets/lineage.svg?{Headline}&lang=en\">";
        var iframe = $"<iframe title=\"Lineage: MEXT → METI\" src=\"{b}/embed/lineage?{Headline}&lang=en\" width=\"100%\" height=\"360\" style=\"border:0\"></iframe>";
        var html = $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lineage widgets for reports</title>
            <style>
              body { font-family: system-ui, 'Noto Sans CJK JP', sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px 24px 64px; color: #1b1f24; }
              @media (prefers-color-scheme: dark) { body { background: #0d1117; color: #e6edf3; } pre { background: #161b22 !important; } }
              pre { background: #f6f8fa; padding: 12px; border-radius: 6px; overflow: auto; user-select: all; }
              section { margin: 32px 0; }
              .live { border: 1px dashed #8c959f; border-radius: 6px; padding: 8px; }
              table { border-collapse: collapse; } td, th { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; }
              img { max-width: 100%; height: auto; }
            </style>
            <script src="{{HtmlEncode(http.Request.PathBase + "/widgets/lineage.js")}}"></script>
            </head>
            <body>
            <h1>Lineage widgets for reports</h1>
            <p>Three ways to put a lineage picture into a report. Each snippet below is live: what you see under it is that snippet.</p>
            <p>Parameters (the SVG and the embed page take them as query parameters; the component as attributes in kebab-case):</p>
            <table>
            <tr><th>from, to</th><td>comma-separated ministry codes (MEXT, METI, …) or program:/agency:/region: ids; omitted: any program</td></tr>
            <tr><th>minStage / min-stage</th><td>SEED, JOINT_RESEARCH, PROTOTYPE, PRACTICAL or COMMERCIALIZED</td></tr>
            <tr><th>maxHops / max-hops</th><td>1–8 (default 4)</td></tr>
            <tr><th>fiscalYearFrom, fiscalYearTo</th><td>fiscal years, e.g. 2002 and 2010</td></tr>
            <tr><th>lang</th><td>ja (default) or en</td></tr>
            <tr><th>mode</th><td>paths (default) or flows (a Sankey of seeds handed on)</td></tr>
            <tr><th>theme</th><td>light or dark (the component follows the reader's setting when omitted)</td></tr>
            <tr><th>width</th><td>SVG and PNG: the width in pixels the picture is laid out at (200–4000, default 960); the height follows. The component and the embed page lay it out at their own width</td></tr>
            <tr><th>height</th><td>component and embed page: a fixed height (400, 400px, 60vh); the picture scales to fit</td></tr>
            </table>

            <section id="component">
            <h2>1. Web component (live pages)</h2>
            <p>Hover or focus a hand-off (the box between two programs) for its evidence: seed, stage, fiscal years and the verbatim quotes; click a program, or press Enter on it, for a <code>program-click</code> event with its id. The component draws the scene <code>/widgets/lineage.json</code> of the server it was loaded from lays out at the component's width (or of the server whose <code>/graphql</code> the <code>endpoint</code> attribute names); any site may read it.</p>
            <pre><code>{{HtmlEncode(componentEn)}}</code></pre>
            <div class="live"><lineage-graph id="example-component" from="MEXT" to="METI" min-stage="COMMERCIALIZED" lang="en"></lineage-graph></div>
            <p>Flows mode, in Japanese:</p>
            <pre><code>{{HtmlEncode(flowsJa)}}</code></pre>
            <div class="live"><lineage-graph id="example-flows" from="MEXT" to="METI" mode="flows" lang="ja" height="420"></lineage-graph></div>
            </section>

            <section id="svg">
            <h2>2. Static SVG (PDFs, Word, slides)</h2>
            <p>The same picture as one self-contained SVG: the same bytes for the same data and parameters. Save it, or link it. <code>/widgets/lineage.png</code> is that SVG rasterised; <code>/widgets/lineage.json</code> is the laid-out scene the component draws.</p>
            <pre><code>{{HtmlEncode(svg)}}</code></pre>
            <div class="live"><img id="example-svg" alt="Lineage: MEXT → METI, commercialized" src="{{HtmlEncode(http.Request.PathBase + "/widgets/lineage.svg?" + Headline + "&lang=en")}}"></div>
            </section>

            <section id="embed">
            <h2>3. Embed page (iframes)</h2>
            <p>For pages that cannot run scripts of their own. Sites allowed to frame it: <code>Lineage:Widgets:FrameAncestors</code>.</p>
            <pre><code>{{HtmlEncode(iframe)}}</code></pre>
            <div class="live"><iframe id="example-embed" title="Lineage: MEXT → METI" src="{{HtmlEncode(http.Request.PathBase + "/embed/lineage?" + Headline + "&lang=en")}}" width="100%" height="360" style="border:0"></iframe></div>
            </section>
            </body>
            </html>
            """;
        return Html(http, html, StatusCodes.Status200OK, ["'self'"]);
    }
}
