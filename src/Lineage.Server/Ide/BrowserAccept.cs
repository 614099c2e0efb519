using Microsoft.Net.Http.Headers;

namespace Lineage.Server.Ide;

/// <summary>Whether a request to the GraphQL endpoint comes from a browser that wants a page rather than a GraphQL response.</summary>
internal static class BrowserAccept
{
    /// <summary>
    /// True when the Accept header lists text/html (or XHTML) at least as high as any JSON type. A browser's
    /// navigation (<c>text/html,…,*/*;q=0.8</c>) qualifies; GraphQL clients (JSON types only, or <c>*/*</c>) do not,
    /// so a wildcard never turns an API call into a page.
    /// </summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types)) return false;
        double html = 0, json = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            switch (type.MediaType.Value?.ToLowerInvariant())
            {
                case "text/html" or "application/xhtml+xml":
                    html = Math.Max(html, quality);
                    break;
                case "application/json" or "application/graphql-response+json":
                    json = Math.Max(json, quality);
                    break;
            }
        }
        return html > 0 && html >= json;
    }
}
