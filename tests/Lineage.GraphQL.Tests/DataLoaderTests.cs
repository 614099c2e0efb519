using Xunit.Abstractions;

namespace Lineage.GraphQL.Tests;

/// <summary>Nested fields are batched: the store round trips of a request do not grow with the page size.</summary>
public sealed class DataLoaderTests(GraphQLHarness graphql, ITestOutputHelper output) : IClassFixture<GraphQLHarness>
{
    /// <summary>
    /// programs (1) + ministry: the runners (1) and their agencies' ministries (1) + downstream for every program (1)
    /// + the `to` programs of every step (1). Budgets live inside the program.
    /// </summary>
    private const int RoundTripsForAProgramsPage = 5;

    private async Task<int> RoundTripsFor(int first)
    {
        graphql.Store.Reset();
        var data = await graphql.DataAsync(GraphQLHarness.Query("programs-page"), GraphQLHarness.Variables(new { first }));
        Assert.Equal(first, data["programs"]!["nodes"]!.AsArray().Count);
        return graphql.Store.Total;
    }

    [Fact]
    public async Task A_page_of_50_programs_with_ministry_budgets_and_downstream_costs_a_bounded_number_of_round_trips()
    {
        var trips = await RoundTripsFor(50);
        output.WriteLine($"50 programs: {trips} store round trips ({graphql.Store.Describe()})");
        Assert.True(trips <= RoundTripsForAProgramsPage, $"{trips} store round trips: {graphql.Store.Describe()}");
        Assert.Equal(1, graphql.Store.Calls["QueryLineageManyAsync"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(59)]
    public async Task The_round_trips_stay_within_the_bound_whatever_the_page_size(int first)
    {
        var trips = await RoundTripsFor(first);
        Assert.True(trips <= RoundTripsForAProgramsPage, $"{trips} store round trips for {first} programs: {graphql.Store.Describe()}");
    }

    [Fact]
    public async Task The_page_answers_downstream_per_program()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("programs-page"), GraphQLHarness.Variables(new { first = 50 }));
        var programs = data["programs"]!["nodes"]!.AsArray();
        var kc1 = programs.Single(p => (string?)p!["id"] == "program:mext-knowledge-cluster-1")!;
        Assert.Equal("MEXT", (string?)kc1["ministry"]!["code"]);
        Assert.Contains(kc1["downstream"]!["nodes"]!.AsArray(), p => p!["steps"]!.AsArray().Select(s => (string?)s!["id"])
            .SequenceEqual(["transfer:hamamatsu-kc1-to-consortium", "transfer:hamamatsu-consortium-to-innovation-rd"]));
        var jstRun = programs.First(p => ((string?)p!["id"])!.StartsWith("program:jst-", StringComparison.Ordinal))!;
        Assert.Equal("MEXT", (string?)jstRun["ministry"]!["code"]);
    }
}
