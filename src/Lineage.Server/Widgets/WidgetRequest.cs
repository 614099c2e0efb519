using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Themes;
using Microsoft.Extensions.Primitives;

namespace Lineage.Server.Widgets;

/// <summary>
/// The query string of /widgets/lineage.svg and /embed/lineage: the lineage arguments (from, to as
/// comma-separated ministry codes or program:/agency:/region: ids; minStage; maxHops; fiscalYearFrom;
/// fiscalYearTo) plus lang, mode, width, theme (and height for the embed page).
/// </summary>
public sealed partial record WidgetRequest(
    LineageQuery Query,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    Language Lang,
    PictureMode Mode,
    int? Width,
    ThemeName? Theme,
    string? Height)
{
    public const int MinWidth = PictureQuestion.MinWidth;
    public const int MaxWidth = PictureQuestion.MaxWidth;

    public static readonly IReadOnlyList<string> Parameters =
        ["from", "to", "minStage", "maxHops", "fiscalYearFrom", "fiscalYearTo", "lang", "mode", "width", "theme"];

    /// <summary>Reads the query string; throws <see cref="WidgetParameterException"/> listing every problem.</summary>
    public static WidgetRequest Parse(IEnumerable<KeyValuePair<string, StringValues>> query, bool allowHeight = false)
    {
        var problems = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in query)
        {
            if (!Parameters.Contains(key, StringComparer.Ordinal) && !(allowHeight && key == "height"))
            {
                problems.Add($"unknown parameter '{key}'; the parameters are {string.Join(", ", Parameters)}{(allowHeight ? ", height" : "")}.");
                continue;
            }
            values[key] = string.Join(",", value.Where(v => v is not null));
        }
        string? Get(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var (from, fromTokens) = Selector(Get("from"), "from", problems);
        var (to, toTokens) = Selector(Get("to"), "to", problems);

        Stage? minStage = null;
        if (Get("minStage") is { } stageText)
        {
            var normalized = stageText.ToUpperInvariant().Replace('-', '_');
            var index = Array.IndexOf(StageNames, normalized);
            if (index < 0) problems.Add($"minStage must be one of {string.Join(", ", StageNames)} (got '{stageText}').");
            else minStage = (Stage)index;
        }
        var maxHops = Integer(Get("maxHops"), "maxHops", 1, LineageQuery.MaxMaxHops, problems) ?? LineageQuery.DefaultMaxHops;
        var fyFrom = Integer(Get("fiscalYearFrom"), "fiscalYearFrom", 1980, 2035, problems);
        var fyTo = Integer(Get("fiscalYearTo"), "fiscalYearTo", 1980, 2035, problems);
        if (fyFrom > fyTo) problems.Add($"fiscalYearFrom ({fyFrom}) is after fiscalYearTo ({fyTo}).");
        var width = Integer(Get("width"), "width", MinWidth, MaxWidth, problems);

        var lang = Language.Ja;
        switch (Get("lang")?.ToLowerInvariant())
        {
            case null or "ja": break;
            case "en": lang = Language.En; break;
            default: problems.Add($"lang must be ja or en (got '{Get("lang")}')."); break;
        }
        var mode = PictureMode.Paths;
        switch (Get("mode")?.ToLowerInvariant())
        {
            case null or "paths": break;
            case "flows": mode = PictureMode.Flows; break;
            default: problems.Add($"mode must be paths or flows (got '{Get("mode")}')."); break;
        }
        ThemeName? theme = null;
        switch (Get("theme")?.ToLowerInvariant())
        {
            case null: break;
            case "light": theme = ThemeName.Light; break;
            case "dark": theme = ThemeName.Dark; break;
            default: problems.Add($"theme must be light or dark (got '{Get("theme")}')."); break;
        }
        var height = Get("height");
        if (height is not null && !HeightPattern().IsMatch(height))
            problems.Add($"height must be a number of pixels or a CSS length such as 400px, 60vh or 30em (got '{height}').");

        if (problems.Count > 0) throw new WidgetParameterException(problems);
        var lineage = new LineageQuery(from, to, minStage, maxHops, fyFrom, fyTo, LineageQuery.MaxPageSize).Validated();
        return new WidgetRequest(lineage, fromTokens, toTokens, lang, mode, width, theme, height);
    }

    /// <summary>The picture this request asks for: laid out at its width (960 when none is given), light unless dark is asked.</summary>
    public PictureQuestion Question => new(Mode, Query, Lang, Theme ?? ThemeName.Light, Width ?? PictureQuestion.DefaultWidth);

    private static readonly string[] StageNames = ["SEED", "JOINT_RESEARCH", "PROTOTYPE", "PRACTICAL", "COMMERCIALIZED"];

    // The tokens through Core's one selector reader (GraphQL's arguments go through it too); the tokens as shown in the
    // embed's title, ministry codes in capitals.
    private static (ProgramSelector, IReadOnlyList<string>) Selector(string? text, string name, List<string> problems)
    {
        var selector = SelectorText.Parse(text, name, problems);
        var display = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Enum.TryParse<MinistryCode>(t, ignoreCase: true, out _) && t.All(char.IsAsciiLetter) ? t.ToUpperInvariant() : t).ToList();
        return (selector, display);
    }

    private static int? Integer(string? text, string name, int min, int max, List<string> problems)
    {
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            problems.Add($"{name} must be a whole number (got '{text}').");
            return null;
        }
        if (n < min || n > max)
        {
            problems.Add($"{name} must be between {min} and {max} (got {n}).");
            return null;
        }
        return n;
    }

    [GeneratedRegex(@"^\d{1,4}(px|vh|em|rem|%)?$")]
    private static partial Regex HeightPattern();
}

/// <summary>The widget's parameters cannot be drawn as given; the message lists every problem.</summary>
public sealed class WidgetParameterException : Exception
{
    public WidgetParameterException(IReadOnlyList<string> problems) : base(string.Join(" ", problems)) => Problems = problems;
    public WidgetParameterException() : this([]) { }
    public WidgetParameterException(string message) : this([message]) { }
    public WidgetParameterException(string message, Exception inner) : base(message, inner) => Problems = [message];
    public IReadOnlyList<string> Problems { get; }
}
