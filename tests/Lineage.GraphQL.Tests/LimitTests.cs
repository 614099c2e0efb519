using System.Text.Json.Nodes;

namespace Lineage.GraphQL.Tests;

/// <summary>Every limit, when exceeded, gives a GraphQL error that names it.</summary>
public sealed class LimitTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    private static JsonNode FirstError(JsonNode response)
    {
        var errors = response["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, "expected an error, got " + response.ToJsonString());
        return errors[0]!;
    }

    [Theory]
    [InlineData("programs")]
    [InlineData("organizations")]
    [InlineData("regions")]
    [InlineData("projects")]
    [InlineData("transfers")]
    [InlineData("clusterProjects")]
    [InlineData("outcomes")]
    [InlineData("sources")]
    public async Task A_page_over_100_is_refused_naming_first(string connection)
    {
        var error = FirstError(await graphql.ExecuteAsync($"{{ {connection}(first: 101) {{ totalCount }} }}"));
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Equal("first", (string?)error["extensions"]!["argument"]);
        Assert.Contains("first must be between 0 and 100", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("downstream")]
    [InlineData("upstream")]
    public async Task MaxHops_over_8_is_refused_naming_maxHops(string field)
    {
        var error = FirstError(await graphql.ExecuteAsync($"{{ program(id: \"program:mext-knowledge-cluster-1\") {{ {field}(maxHops: 9) {{ totalCount }} }} }}"));
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Equal("maxHops", (string?)error["extensions"]!["argument"]);
        Assert.Contains("maxHops must be between 1 and 8", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxHops_over_8_is_refused_by_lineage_too()
    {
        var error = FirstError(await graphql.ExecuteAsync("{ lineage(maxHops: 9) { totalCount } }"));
        Assert.Contains("maxHops must be between 1 and 8", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal("maxHops", (string?)error["extensions"]!["argument"]);
        Assert.Null(error["extensions"]!["data"]); // said once, where clients look
    }

    [Fact]
    public async Task A_search_asking_for_more_than_100_hits_is_refused_naming_first()
    {
        var error = FirstError(await graphql.ExecuteAsync("{ search(text: \"浜松\", first: 101) { matchedName } }"));
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Contains("first must be between 1 and 100", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_with_MAX_DEPTH()
    {
        var deep = "{ program(id: \"program:mext-knowledge-cluster-1\") { " + string.Concat(Enumerable.Repeat("parent { ", 16)) + "id" + new string('}', 16) + " } }";
        var error = FirstError(await graphql.ExecuteAsync(deep));
        Assert.Equal("MAX_DEPTH", (string?)error["extensions"]!["code"]);
        Assert.Contains("exceeds the limit of 15 (Lineage:GraphQL:MaxDepth)", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_within_the_depth_limit_runs()
    {
        var ok = "{ program(id: \"program:mext-knowledge-cluster-1\") { " + string.Concat(Enumerable.Repeat("parent { ", 10)) + "id" + new string('}', 10) + " } }";
        await graphql.DataAsync(ok);
    }

    [Fact]
    public async Task A_query_more_complex_than_the_limit_is_refused_with_MAX_COMPLEXITY()
    {
        // Shallow enough for the depth limit, but 100 × 100 × 100 × 100 nested list items.
        const string query = """
            { programs(first: 100) { nodes { downstream(first: 100) { nodes { steps { from { downstream(first: 100) { nodes { steps { id } } } } } } } } } }
            """;
        var error = FirstError(await graphql.ExecuteAsync(query));
        Assert.Equal("MAX_COMPLEXITY", (string?)error["extensions"]!["code"]);
        Assert.Contains("(Lineage:GraphQL:MaxComplexity)", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_where_filter_on_reversed_fiscal_years_is_refused_naming_it()
    {
        var error = FirstError(await graphql.ExecuteAsync("{ programs(where: { fiscalYearFrom: 2009, fiscalYearTo: 2005 }) { totalCount } }"));
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Contains("fiscalYearFrom", (string)error["message"]!, StringComparison.Ordinal);
    }
}
