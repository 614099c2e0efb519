namespace Lineage.GraphQL.Tests;

/// <summary>A ministry's and an agency's programs page like every other list: nothing beyond a fixed size is dropped.</summary>
public sealed class RunnerProgramsTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    [Fact]
    public async Task A_ministrys_programs_page_through_every_program_the_ministry_filter_finds()
    {
        const string query = """
            query($after: String) {
              ministries { code programs(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
              all: programs(where: { ministries: [MEXT] }, first: 100) { totalCount nodes { id } }
            }
            """;
        var first = await graphql.DataAsync(query);
        var expected = first["all"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.True(expected.Count > 7, "MEXT must have more programs than one page for this test to mean anything");
        Assert.Equal(expected.Count, (int)first["all"]!["totalCount"]!);

        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var data = after is null ? first : await graphql.DataAsync(query, GraphQLHarness.Variables(new { after }));
            var mext = data["ministries"]!.AsArray().Single(m => (string?)m!["code"] == "MEXT")!["programs"]!;
            Assert.Equal(expected.Count, (int)mext["totalCount"]!);
            seen.AddRange(mext["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
            if (!(bool)mext["pageInfo"]!["hasNextPage"]!) break;
            after = (string)mext["pageInfo"]!["endCursor"]!;
        }
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task An_agencys_programs_are_the_programs_its_filter_finds()
    {
        const string query = """
            {
              ministries { code agencies { id programs(first: 100) { totalCount nodes { id } } } }
              jst: programs(where: { agencies: ["agency:jst"] }, first: 100) { nodes { id } }
            }
            """;
        var data = await graphql.DataAsync(query);
        var jst = data["ministries"]!.AsArray().Single(m => (string?)m!["code"] == "MEXT")!["agencies"]!.AsArray()
            .Single(a => (string?)a!["id"] == "agency:jst")!["programs"]!;
        var expected = data["jst"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, jst["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }
}
