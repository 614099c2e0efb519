using System.CommandLine;
using System.Text.RegularExpressions;

namespace Lineage.Server.Cli;

/// <summary>Where a command writes (its answer to Out, problems and progress to Err) and the settings given on its command line.</summary>
internal sealed partial class CliContext(TextWriter output, TextWriter errors)
{
    public TextWriter Out { get; } = output;
    public TextWriter Err { get; } = errors;

    /// <summary>
    /// Settings overrides (--Section:Key=value) are the tokens no option claimed: they go to configuration, as the
    /// platform's command-line provider reads them. Anything else left over is a usage error.
    /// </summary>
    public static IReadOnlyList<string> Settings(ParseResult parse) => parse.UnmatchedTokens.Where(IsSetting).ToList();

    public static string? FirstStray(ParseResult parse) => parse.UnmatchedTokens.FirstOrDefault(t => !IsSetting(t));

    private static bool IsSetting(string token) => SettingToken().IsMatch(token);

    [GeneratedRegex(@"^--?[A-Za-z_][A-Za-z0-9_.:]*=", RegexOptions.CultureInvariant)]
    private static partial Regex SettingToken();
}
