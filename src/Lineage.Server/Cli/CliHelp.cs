using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Lineage.Server.Hosting;

namespace Lineage.Server.Cli;

/// <summary>
/// The help is System.CommandLine's, generated from the commands themselves; the root's adds the settings (from
/// <see cref="SettingsCatalog"/>, the list start-up checks) and every command's the exit codes. README shows it
/// verbatim, and a test holds the two equal, so neither can drift.
/// </summary>
internal sealed class CliHelp(HelpAction generated) : SynchronousCommandLineAction
{
    /// <summary>Fixed, so the text is the same in a terminal, a pipe and a test.</summary>
    public const int Width = 110;

    public override bool ClearsParseErrors => true;

    public static void Configure(Command root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        var generated = (HelpAction)help.Action!;
        generated.MaxWidth = Width;
        help.Action = new CliHelp(generated);
    }

    public override int Invoke(ParseResult parseResult)
    {
        generated.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (CliApp.IsRoot(parseResult.CommandResult.Command)) Settings(output);
        Exit(output);
        return ExitCodes.Ok;
    }

    private static void Settings(TextWriter output)
    {
        output.WriteLine("Settings (appsettings.json, --Section:Key=value after the command, or environment Section__Key):");
        output.WriteLine($"  {"Urls (ASPNETCORE_URLS, --urls)",-42} default {ServeCommand.DefaultUrls}");
        foreach (var s in SettingsCatalog.All)
            output.WriteLine($"  {s.Key,-42} default {s.Default}; {s.Allowed}");
        output.WriteLine();
    }

    private static void Exit(TextWriter output)
    {
        output.WriteLine("Exit codes:");
        foreach (var (code, meaning) in ExitCodes.All) output.WriteLine($"  {code,-4} {meaning}");
    }
}
