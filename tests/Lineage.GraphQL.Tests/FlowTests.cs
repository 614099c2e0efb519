namespace Lineage.GraphQL.Tests;

/// <summary>flows over the shipped dataset: the data behind a Sankey diagram.</summary>
public sealed class FlowTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    [Fact]
    public async Task MEXT_to_METI_is_one_flow_counting_each_cohort_once_and_each_named_seed_once()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("flows"));
        var flow = Assert.Single(data["flows"]!.AsArray())!;
        Assert.Equal("MEXT", (string?)flow["source"]!["code"]);
        Assert.Equal("METI", (string?)flow["target"]!["code"]);

        var transfers = flow["transfers"]!.AsArray().Select(t => (string)t!["id"]!).ToList();
        Assert.Equal(transfers.Count, (int)flow["transferCount"]!);
        // Seeds: named projects once + cohort totals once + aggregate counts (1 when none is given).
        var projects = flow["projects"]!.AsArray().Count;
        var cohortTotals = flow["cohorts"]!.AsArray().Sum(c => (int)c!["total"]!);
        Assert.True((int)flow["seedCount"]! >= projects + cohortTotals, flow.ToJsonString());
        Assert.Contains("cohort:jst-seeds-discovery-fy2005", flow["cohorts"]!.AsArray().Select(c => (string)c!["id"]!));
        Assert.Contains("transfer:hamamatsu-kc1-to-consortium", transfers);
    }

    [Fact]
    public async Task Flows_by_program_cover_every_transfer_once()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("flows"));
        var total = (int)(await graphql.DataAsync("{ transfers { totalCount } }"))["transfers"]!["totalCount"]!;
        Assert.Equal(total, data["byProgram"]!.AsArray().Sum(f => (int)f!["transferCount"]!));
    }
}
