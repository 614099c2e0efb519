using Lineage.Core.Model;

namespace Lineage.Core.Selectors;

/// <summary>
/// Selectors as people write them, read in one place for every interface (GraphQL arguments, widget query strings).
/// Only the form is checked here; whether a named id is in the graph is the engine's to say (SelectorResolver), so
/// every interface reports an unknown id the same way.
/// </summary>
public static class SelectorText
{
    /// <summary>Users know agencies by their codes (JST, NEDO); the graph stores ids (agency:jst). An id is kept as given.</summary>
    public static string AgencyId(string value) =>
        value.Contains(':', StringComparison.Ordinal) ? value : "agency:" + value.ToLowerInvariant();

    /// <summary>
    /// A comma-separated list of ministry codes (MEXT), agency codes (JST) and program:, agency: or region: ids, as in
    /// <c>from=MEXT,region:hamamatsu</c>. Tokens that are none of these are added to <paramref name="problems"/>, naming
    /// <paramref name="argument"/>.
    /// </summary>
    public static ProgramSelector Parse(string? text, string argument, List<string> problems)
    {
        var ministries = new List<MinistryCode>();
        var agencies = new List<string>();
        var programs = new List<string>();
        var regions = new List<string>();
        foreach (var token in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var prefix = colon > 0 ? token[..colon] : null;
            if (prefix is null && Enum.TryParse<MinistryCode>(token, ignoreCase: true, out var code) && token.All(char.IsAsciiLetter)) ministries.Add(code);
            else if (prefix is null && token.Length is >= 2 and <= 10 && token.All(char.IsAsciiLetterOrDigit)) agencies.Add(AgencyId(token));
            else if (prefix == "program" && colon < token.Length - 1) programs.Add(token);
            else if (prefix == "agency" && colon < token.Length - 1) agencies.Add(token);
            else if (prefix == "region" && colon < token.Length - 1) regions.Add(token);
            else problems.Add($"{argument}: '{token}' is neither a ministry code ({string.Join(", ", Enum.GetNames<MinistryCode>())}), an agency code (JST), nor a program:, agency: or region: id.");
        }
        return new ProgramSelector(ministries, agencies, programs, regions);
    }
}
