using System.Text.Json.Nodes;
using Lineage.Tests;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// A ministry's and an agency's programs page like every other list: nothing beyond a fixed size is dropped, and the
/// programs are the ones the dataset files say — worked out here from the raw JSON of data/, not from the store.
/// </summary>
public sealed class RunnerProgramsTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    /// <summary>Every program of data/ as (id, runners, parent), read straight from the files.</summary>
    private static List<(string Id, string[] Runners, string? Parent)> ProgramsInFiles() =>
        Directory.GetFiles(RepoPaths.Data, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!["programs"]?.AsArray())
            .OfType<JsonArray>()
            .SelectMany(a => a)
            .Select(p => ((string)p!["id"]!,
                new[] { (string?)p["runBy"] }.OfType<string>().Concat(p["alsoRunBy"]?.AsArray().Select(r => (string)r!) ?? []).ToArray(),
                (string?)p["parent"]))
            .ToList();

    /// <summary>The README's rule: run by the runner (a ministry includes its agencies), or a sub-program of such a program.</summary>
    private static List<string> ProgramsOf(params string[] runners)
    {
        var programs = ProgramsInFiles();
        var byId = programs.ToDictionary(p => p.Id);
        bool Matches((string Id, string[] Runners, string? Parent) p) =>
            p.Runners.Any(runners.Contains) || (p.Parent is { } parent && byId.TryGetValue(parent, out var up) && Matches(up));
        return programs.Where(Matches).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task A_ministrys_programs_page_through_every_program_it_and_its_agencies_run()
    {
        var expected = ProgramsOf("ministry:mext", "agency:jst");
        Assert.True(expected.Count > 7, "MEXT must have more programs than one page for this test to mean anything");
        const string query = """
            query($after: String) { ministries { code programs(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }
            """;

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var data = await graphql.DataAsync(query, GraphQLHarness.Variables(new { after }));
            var mext = data["ministries"]!.AsArray().Single(m => (string?)m!["code"] == "MEXT")!["programs"]!;
            Assert.Equal(expected.Count, (int)mext["totalCount"]!);
            seen.AddRange(mext["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            if (!(bool)mext["pageInfo"]!["hasNextPage"]!) break;
            after = (string)mext["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task An_agencys_programs_are_the_programs_it_runs_and_their_sub_programs()
    {
        var expected = ProgramsOf("agency:jst");
        Assert.NotEmpty(expected);
        var data = await graphql.DataAsync("{ ministries { code agencies { id programs(first: 100) { nodes { id } } } } }");
        var jst = data["ministries"]!.AsArray().Single(m => (string?)m!["code"] == "MEXT")!["agencies"]!.AsArray()
            .Single(a => (string?)a!["id"] == "agency:jst")!["programs"]!;
        Assert.Equal(expected, jst["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task RunBy_code_works_on_a_ministry_and_an_agency_alike()
    {
        var data = await graphql.DataAsync("{ programs(first: 100) { nodes { id runBy { id code } alsoRunBy { code } } } }");

        var nodes = data["programs"]!["nodes"]!.AsArray();
        var files = ProgramsInFiles().ToDictionary(p => p.Id);
        // A program no source names a runner for has none (data/NOTES.md); every other names its own.
        Assert.All(nodes.Where(n => n!["runBy"] is null), n => Assert.Empty(files[(string)n!["id"]!].Runners));
        var runners = nodes.Where(n => n!["runBy"] is not null).ToDictionary(n => (string)n!["id"]!, n => ((string)n!["runBy"]!["id"]!, (string)n!["runBy"]!["code"]!));
        Assert.NotEmpty(runners);
        foreach (var (id, (runner, code)) in runners)
        {
            Assert.Equal(files[id].Runners[0], runner);
            // The code is the id's own name in upper case: ministry:mext → MEXT, agency:jst → JST.
            Assert.Equal(runner[(runner.IndexOf(':', StringComparison.Ordinal) + 1)..].ToUpperInvariant(), code);
        }
        Assert.Contains(runners.Values, r => r.Item1.StartsWith("agency:", StringComparison.Ordinal));
        Assert.Contains(runners.Values, r => r.Item1.StartsWith("ministry:", StringComparison.Ordinal));
    }
}
