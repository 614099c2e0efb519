using System.Text.RegularExpressions;

namespace Lineage.Server.Widgets;

/// <summary>
/// Section Lineage:Widgets. Which sites may frame /embed/lineage, and which origins may call /graphql
/// from a page that carries the &lt;lineage-graph&gt; component. Environment variables work as for every
/// setting: Lineage__Widgets__FrameAncestors__0=https://reports.example.org.
/// </summary>
public sealed partial class WidgetOptions
{
    public const string Section = "Lineage:Widgets";

    /// <summary>CSP frame-ancestors sources for /embed/lineage: 'self' (default), 'none', *, or origins (https://reports.example.org, https://*.example.org).</summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>Origins whose pages may call /graphql (CORS) — for the component on another site. Empty (default): same origin only; * allows any.</summary>
    public IList<string> CorsOrigins { get; } = [];

    public IReadOnlyList<string> EffectiveFrameAncestors => FrameAncestors.Count > 0 ? [.. FrameAncestors] : ["'self'"];

    /// <summary>Every problem with the settings, each naming the setting and what it takes; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var source in FrameAncestors)
            if (!(source is "'self'" or "'none'" or "*" || OriginPattern().IsMatch(source)))
                problems.Add($"{Section}:FrameAncestors has '{source}'; use 'self', 'none', * or an origin such as https://reports.example.org (a leading *. is allowed in the host).");
        if (FrameAncestors.Contains("'none'") && FrameAncestors.Count > 1)
            problems.Add($"{Section}:FrameAncestors: 'none' cannot be combined with other sources.");
        foreach (var origin in CorsOrigins)
            if (!(origin == "*" || ExactOriginPattern().IsMatch(origin)))
                problems.Add($"{Section}:CorsOrigins has '{origin}'; use * or an origin such as https://reports.example.org (scheme, host and port only, no path).");
        return problems;
    }

    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$")]
    private static partial Regex OriginPattern();

    [GeneratedRegex(@"^https?://[A-Za-z0-9.-]+(:\d{1,5})?$")]
    private static partial Regex ExactOriginPattern();
}
