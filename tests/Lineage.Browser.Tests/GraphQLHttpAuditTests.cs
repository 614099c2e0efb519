using System.Diagnostics;
using System.Text.RegularExpressions;
using Lineage.Tests;
using Xunit.Abstractions;

namespace Lineage.Browser.Tests;

/// <summary>
/// GraphQL-over-HTTP conformance: graphql-http's own server audits (tools/graphql-http-audit) against the real
/// server. Every MUST audit passes; the full report goes to the test log (and TestResults/graphql-http-audit.txt).
/// </summary>
[Collection(LineageServerCollectionDefinition.Name)]
public sealed partial class GraphQLHttpAuditTests(LineageServerFixture server, ITestOutputHelper output)
{
    private static string ToolDirectory => Path.Combine(RepoPaths.Root, "tools", "graphql-http-audit");

    [Fact]
    public async Task Every_MUST_audit_of_graphql_http_passes()
    {
        if (!Directory.Exists(Path.Combine(ToolDirectory, "node_modules", "graphql-http")))
        {
            // CI runs `npm ci` in every package first; a fresh clone gets it here.
            var install = await Run("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(3));
            Assert.True(install.ExitCode == 0, $"npm ci in {ToolDirectory} failed:\n{install.Output}");
        }

        var audit = await Run("node", ["audit.mjs", server.GraphQL.ToString()], TimeSpan.FromSeconds(60));
        output.WriteLine(audit.Output);
        var report = Path.Combine(RepoPaths.Root, "TestResults", "graphql-http-audit.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllTextAsync(report, audit.Output);
        output.WriteLine($"Report: {report}");
        var summary = audit.Output.Split('\n').Where(line => line.StartsWith("Summary:", StringComparison.Ordinal) || line.StartsWith("graphql-http ", StringComparison.Ordinal) || line.Contains("MUST audit", StringComparison.Ordinal));
        server.Announce("GraphQL-over-HTTP audit: " + string.Join(" ", summary.Select(l => l.Trim())) + $" Full report: {report}");

        Assert.True(audit.ExitCode == 0, $"graphql-http audit exited with {audit.ExitCode}:\n{audit.Output}");
        Assert.Contains("Every MUST audit passes.", audit.Output, StringComparison.Ordinal);

        // The README lists the SHOULD results; they must be this run's, every SHOULD audit and no other.
        var run = ShouldResults().Matches(audit.Output).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["result"].Value == "ok" ? "pass" : "fail");
        var readme = ReadmeShouldRows().Matches(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md")))
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["result"].Value);
        Assert.NotEmpty(run);
        Assert.Equal(run.OrderBy(p => p.Key, StringComparer.Ordinal), readme.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\s*(?<result>ok|FAIL|fail|warn)\s+(?<id>[0-9A-Z]{4})\s+SHOULD\s", RegexOptions.Multiline)]
    private static partial Regex ShouldResults();

    [GeneratedRegex(@"^\| (?<result>pass|fail) \| `(?<id>[0-9A-Z]{4})` \|", RegexOptions.Multiline)]
    private static partial Regex ReadmeShouldRows();

    private static async Task<(int ExitCode, string Output)> Run(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start `{program}` ({e.Message}): the audit needs Node.js 20+ and npm on PATH.", e);
        }
        using var _ = process;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {timeout.TotalSeconds} s.");
        }
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
