using System.Text.RegularExpressions;
using Lineage.Server.Cli;
using Lineage.Server.Hosting;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>The help is generated; README carries a copy and documents every setting. Neither can drift.</summary>
public sealed partial class CliHelpTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static string Normalize(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    [Fact]
    public async Task README_shows_exactly_the_generated_help()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["--help"], output, errors));

        var block = ReadmeHelp().Match(Readme);
        Assert.True(block.Success, "README has no <!-- generated: Lineage.Server --help --> block");
        Assert.True(Normalize(block.Groups["help"].Value) == Normalize(output.ToString()),
            "README's copy of the help differs from the generated one; replace the block with the output of\n" +
            "  dotnet run --project src/Lineage.Server -- --help\n\n" + output);
    }

    [Fact]
    public void README_documents_every_setting_the_service_reads()
    {
        foreach (var setting in SettingsCatalog.All)
        {
            var key = setting.Key.StartsWith("Lineage:Neo4j:", StringComparison.Ordinal) ? setting.Key["Lineage:Neo4j:".Length..] : setting.Key;
            Assert.True(Readme.Contains($"| `{key}`", StringComparison.Ordinal) || Readme.Contains($"| `{key}` /", StringComparison.Ordinal) || Readme.Contains($"/ `{key}` |", StringComparison.Ordinal),
                $"README's configuration tables lack {setting.Key}");
        }
    }

    [Fact]
    public void README_lists_the_exit_codes_the_executable_uses()
    {
        foreach (var (code, meaning) in ExitCodes.All) Assert.Contains($"  {code,-4} {meaning}", Readme, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<!-- generated: Lineage.Server --help -->\s*```text\n(?<help>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex ReadmeHelp();
}
