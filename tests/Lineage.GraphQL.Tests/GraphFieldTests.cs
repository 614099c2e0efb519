namespace Lineage.GraphQL.Tests;

/// <summary>Following the graph from one node to the next: downstream, upstream, a seed's transfers, a region's contents.</summary>
public sealed class GraphFieldTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    [Fact]
    public async Task Downstream_follows_the_Hamamatsu_seed_through_both_hand_offs_and_upstream_leads_back()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("hamamatsu-downstream"));

        var paths = data["program"]!["downstream"]!["nodes"]!.AsArray();
        var hamamatsu = paths.Single(p => (string?)p!["key"] == "project:hamamatsu-endoscope-navigation")!;
        Assert.Equal(["transfer:hamamatsu-kc1-to-consortium", "transfer:hamamatsu-consortium-to-innovation-rd"],
            hamamatsu["steps"]!.AsArray().Select(s => (string)s!["id"]!));
        Assert.Equal("PROTOTYPE", (string?)hamamatsu["reachedStage"]);

        var upstream = data["consortium"]!["upstream"]!["nodes"]!.AsArray().Single(p => (string?)p!["key"] == "project:hamamatsu-endoscope-navigation")!;
        Assert.Equal("program:mext-knowledge-cluster-1", (string?)upstream["from"]!["id"]);
    }

    [Fact]
    public async Task A_project_lists_its_transfers_in_the_order_the_seed_went_and_an_organization_its_projects()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("hamamatsu-downstream"));
        Assert.Equal(["transfer:hamamatsu-kc1-to-consortium", "transfer:hamamatsu-consortium-to-innovation-rd"],
            data["project"]!["transfers"]!.AsArray().Select(t => (string)t!["id"]!));
        Assert.Contains("project:hamamatsu-endoscope-navigation", data["org"]!["projects"]!.AsArray().Select(p => (string)p!["id"]!));
    }

    [Fact]
    public async Task A_region_holds_its_cluster_projects()
    {
        var data = await graphql.DataAsync(GraphQLHarness.Query("region"), GraphQLHarness.Variables(new { id = "region:hamamatsu" }));
        Assert.Contains("cluster:hamamatsu-optronics", data["node"]!["clusterProjects"]!["nodes"]!.AsArray().Select(c => (string)c!["id"]!));
    }

    [Theory]
    [InlineData("region:hokkaido")]
    [InlineData("region:block-kanto")]
    public async Task A_region_holds_what_its_sub_regions_hold(string id)
    {
        var region = (await graphql.DataAsync(GraphQLHarness.Query("region"), GraphQLHarness.Variables(new { id })))["node"]!;
        var subRegions = region["subRegions"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.NotEmpty(subRegions);
        var inSubRegions = 0;
        foreach (var sub in subRegions)
        {
            var inner = (await graphql.DataAsync(GraphQLHarness.Query("region"), GraphQLHarness.Variables(new { id = sub })))["node"]!;
            foreach (var field in new[] { "programs", "organizations", "clusterProjects" })
            {
                var outer = region[field]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToHashSet();
                var held = inner[field]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).ToList();
                inSubRegions += held.Count;
                Assert.All(held, h => Assert.Contains(h, outer));
            }
        }
        Assert.True(inSubRegions > 0, $"nothing found in the sub-regions of {id}");
    }

    [Fact]
    public async Task A_cluster_project_shows_its_participation_as_of_each_date_oldest_first()
    {
        var data = await graphql.DataAsync("{ node(id: \"cluster:ic-hokkaido\") { ... on ClusterProject { participation { asOf companies universities approximate } } } }");
        var series = data["node"]!["participation"]!.AsArray();
        Assert.NotEmpty(series);
        var dates = series.Select(p => (string)p!["asOf"]!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(880, (int?)series[0]!["companies"]);
    }

    [Fact]
    public async Task A_program_lists_its_phases_and_a_phase_its_parent()
    {
        var data = await graphql.DataAsync("{ program(id: \"program:mext-knowledge-cluster\") { children { id parent { id } } } }");
        var children = data["program"]!["children"]!.AsArray();
        Assert.Contains("program:mext-knowledge-cluster-1", children.Select(c => (string)c!["id"]!));
        Assert.All(children, c => Assert.Equal("program:mext-knowledge-cluster", (string?)c!["parent"]!["id"]));
    }

    [Theory]
    [InlineData("source:004", "Source")]
    [InlineData("ministry:mext", "Ministry")]
    [InlineData("agency:jst", "Agency")]
    [InlineData("program:mext-knowledge-cluster-1", "Program")]
    [InlineData("region:hamamatsu", "Region")]
    [InlineData("org:hamamatsu-univ-med", "Organization")]
    [InlineData("project:hamamatsu-endoscope-navigation", "Project")]
    [InlineData("cluster:hamamatsu-optronics", "ClusterProject")]
    [InlineData("cohort:jst-seeds-discovery-fy2005", "Cohort")]
    [InlineData("transfer:hamamatsu-kc1-to-consortium", "Transfer")]
    [InlineData("outcome:hamamatsu-navigation-basic-principle", "Outcome")]
    public async Task Node_finds_every_type_by_id(string id, string type)
    {
        var data = await graphql.DataAsync($"{{ node(id: \"{id}\") {{ __typename id }} }}");
        Assert.Equal(type, (string?)data["node"]!["__typename"]);
        Assert.Equal(id, (string?)data["node"]!["id"]);
    }

    [Fact]
    public async Task Node_is_null_for_an_unknown_id()
    {
        var data = await graphql.DataAsync("{ node(id: \"program:nope\") { id } }");
        Assert.Null(data["node"]);
    }
}
