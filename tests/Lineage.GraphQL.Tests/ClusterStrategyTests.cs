namespace Lineage.GraphQL.Tests;

/// <summary>
/// 2007's 北海道地域産業クラスター計画 lists two strategies (source 003) that FY2009 counts as projects of their own
/// (source 004): the three are linked, so the 2007 and 2009 participation figures can be read together.
/// </summary>
public sealed class ClusterStrategyTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    [Fact]
    public async Task The_Hokkaido_cluster_project_holds_its_two_strategies_and_each_points_back()
    {
        const string query = """
            {
              whole: node(id: "cluster:ic-hokkaido") { ... on ClusterProject { partOf { id } parts { id name participation { asOf companies } } } }
              it: node(id: "cluster:ic-hokkaido-it") { ... on ClusterProject { partOf { id } parts { id } } }
            }
            """;
        var data = await graphql.DataAsync(query);

        var parts = data["whole"]!["parts"]!.AsArray();
        Assert.Equal(["cluster:ic-hokkaido-bio", "cluster:ic-hokkaido-it"], parts.Select(p => (string)p!["id"]!));
        Assert.All(parts, p => Assert.Contains("2009", p!["participation"]!.AsArray().Select(x => (string)x!["asOf"]!)));
        Assert.Null(data["whole"]!["partOf"]);
        Assert.Equal("cluster:ic-hokkaido", (string?)data["it"]!["partOf"]!["id"]);
        Assert.Empty(data["it"]!["parts"]!.AsArray());
    }
}
