namespace Lineage.GraphQL.Tests;

/// <summary>Walking a connection page by page returns every item exactly once, in order, matching totalCount.</summary>
public sealed class PaginationTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    [Theory]
    [InlineData("programs", "")]
    [InlineData("organizations", "")]
    [InlineData("regions", "")]
    [InlineData("projects", "")]
    [InlineData("transfers", "")]
    [InlineData("clusterProjects", "")]
    [InlineData("outcomes", "")]
    [InlineData("sources", "")]
    [InlineData("programs", "where: { ministries: [MEXT] }")]
    [InlineData("organizations", "where: { kinds: [UNIVERSITY] }")]
    public async Task Pages_of_7_lose_and_repeat_nothing(string connection, string where)
    {
        var seen = new List<string>();
        string? after = null;
        int? total = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var afterArg = after is null ? "" : $", after: \"{after}\"";
            var data = await graphql.DataAsync($"{{ {connection}(first: 7{afterArg}{(where.Length > 0 ? ", " + where : "")}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage endCursor }} edges {{ cursor node {{ id }} }} }} }}");
            var page = data[connection]!;
            total ??= (int)page["totalCount"]!;
            Assert.Equal(total, (int)page["totalCount"]!);
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            var edges = page["edges"]!.AsArray();
            Assert.True(edges.Count <= 7);
            seen.AddRange(edges.Select(e => (string)e!["node"]!["id"]!));
            if (edges.Count > 0) Assert.Equal((string?)edges[^1]!["cursor"], (string?)page["pageInfo"]!["endCursor"]);
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
        Assert.True(total > 0);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_filtered_connection_counts_what_matches()
    {
        var data = await graphql.DataAsync("{ regions(where: { regions: [\"region:block-hokkaido\"] }, first: 100) { totalCount nodes { id } } }");
        var ids = data["regions"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
        Assert.Contains("region:block-hokkaido", ids);
        Assert.Equal(ids.Count, (int)data["regions"]!["totalCount"]!);
    }
}
