using System.Net;
using System.Text;

namespace Lineage.Server.Ide;

/// <summary>
/// The IDE's index.html as built by src/Lineage.Web, read once. Its asset URLs are relative (Vite <c>base: './'</c>);
/// the page is served at the GraphQL endpoint, so a <c>&lt;base&gt;</c> pointing at the assets' folder is added per
/// request — it carries the request's PathBase, so the IDE also works behind a reverse proxy's prefix.
/// </summary>
internal sealed class IdePage
{
    private const string Head = "<head>";
    private readonly string? _html;

    private IdePage(string? html) => _html = html;

    public bool IsBuilt => _html is not null;

    public static IdePage Load(string directory)
    {
        var index = Path.Combine(directory, "index.html");
        return new(File.Exists(index) ? File.ReadAllText(index, Encoding.UTF8) : null);
    }

    /// <summary>The page for a request whose assets are served under <paramref name="assetsPath"/> (e.g. /ide/).</summary>
    public string Render(string assetsPath)
    {
        if (_html is null) return NotBuilt(assetsPath);
        var at = _html.IndexOf(Head, StringComparison.OrdinalIgnoreCase);
        var baseTag = $"\n    <base href=\"{WebUtility.HtmlEncode(assetsPath)}\" />";
        return at < 0 ? baseTag + _html : _html.Insert(at + Head.Length, baseTag);
    }

    private static string NotBuilt(string assetsPath) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8" /><title>Lineage · GraphQL IDE not built</title></head>
        <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
          <h1>The GraphQL IDE is not part of this build</h1>
          <p>This server was built without its IDE (no <code>wwwroot/ide/index.html</code>; expected under <code>{{WebUtility.HtmlEncode(assetsPath)}}</code>),
             usually because <code>LINEAGE_SKIP_WEB=1</code> was set. Build again without it — the build runs
             <code>npm ci</code> and <code>npm run build</code> in <code>src/Lineage.Web</code>, which needs Node.js 20.19+.</p>
          <p>The GraphQL endpoint itself works: <code>POST</code> a query here with <code>Content-Type: application/json</code>.</p>
        </body></html>
        """;
}
