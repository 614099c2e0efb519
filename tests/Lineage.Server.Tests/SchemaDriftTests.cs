using Lineage.Server.Cli;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>schema.graphql at the repository root is the schema the service runs; a change to either shows here.</summary>
public sealed class SchemaDriftTests
{
    private const string Regenerate = "dotnet run --project src/Lineage.Server --no-launch-profile -- schema > schema.graphql";

    [Fact]
    public async Task The_committed_schema_graphql_is_the_running_schema()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["schema"], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());

        var committed = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schema.graphql"));
        var running = stdout.ToString();
        if (Normalize(committed) == Normalize(running)) return;

        var committedLines = Normalize(committed).Split('\n');
        var runningLines = Normalize(running).Split('\n');
        var at = Enumerable.Range(0, Math.Min(committedLines.Length, runningLines.Length)).FirstOrDefault(i => committedLines[i] != runningLines[i], Math.Min(committedLines.Length, runningLines.Length));
        Assert.Fail(
            $"schema.graphql differs from the schema the service runs, first at line {at + 1}:\n" +
            $"  committed: {committedLines.ElementAtOrDefault(at) ?? "(end of file)"}\n" +
            $"  running:   {runningLines.ElementAtOrDefault(at) ?? "(end of file)"}\n" +
            $"If the schema change is intended, regenerate it from the repository root:\n  {Regenerate}");
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
