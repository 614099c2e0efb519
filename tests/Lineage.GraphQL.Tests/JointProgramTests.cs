namespace Lineage.GraphQL.Tests;

/// <summary>
/// The 2009 industry–academia–government hubs are selected by MEXT and METI together (source 004, 両省が共同で):
/// the API says so, and a METI filter finds them as a MEXT filter does.
/// </summary>
public sealed class JointProgramTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    private const string Query = """
        query($id: ID!) {
          program(id: $id) {
            runBy { ... on Ministry { code } }
            alsoRunBy { ... on Ministry { code } }
          }
          meti: programs(where: { ministries: [METI] }, first: 100) { totalCount nodes { id } }
          mext: programs(where: { ministries: [MEXT] }, first: 100) { totalCount nodes { id } }
          mhlw: programs(where: { ministries: [MHLW] }, first: 100) { nodes { id } }
        }
        """;

    [Theory]
    [InlineData("program:industry-academia-hub")]
    [InlineData("program:industry-academia-hub-global")]
    public async Task A_hub_program_names_both_ministries_and_is_listed_under_each(string id)
    {
        var data = await graphql.DataAsync(Query, GraphQLHarness.Variables(new { id }));

        Assert.Equal("MEXT", (string?)data["program"]!["runBy"]!["code"]);
        Assert.Equal(["METI"], data["program"]!["alsoRunBy"]!.AsArray().Select(m => (string)m!["code"]!));
        foreach (var ministry in new[] { "meti", "mext" })
        {
            Assert.True((int)data[ministry]!["totalCount"]! <= 100, "the page must hold every program for this test to mean anything");
            Assert.Contains(id, data[ministry]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
        }
        Assert.DoesNotContain(id, data["mhlw"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }
}
