using System.Text.Json.Nodes;
using Lineage.Tests;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// Issue 15 over GraphQL against the shipped dataset: links in both directions with evidence, hand-offs that say how
/// sure they are, programs without a runner, budgets as a series, organizations' dates. Expected values are read off
/// data/*.json and the sources by hand.
/// </summary>
public sealed class LinkAndBasisTests(GraphQLHarness graphql) : IClassFixture<GraphQLHarness>
{
    private static string Tab(string file) => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Lineage.Web", "src", "tabs", file));

    private static IEnumerable<string> Ids(JsonNode? list) => list!.AsArray().Select(n => (string)n!["id"]!);

    [Fact]
    public async Task The_program_links_tab_lists_the_knowledge_cluster_links_in_both_directions_with_evidence()
    {
        var data = await graphql.DataAsync(Tab("8-program-links.graphql"), GraphQLHarness.Variables(new { id = "program:mext-knowledge-cluster" }));

        var links = data["program"]!["links"]!.AsArray().Select(l => l!).ToList();
        // By link id. Out: coordination, joint events and the complementary-policy statement towards the Industrial Cluster Project (001, 004).
        // In: the 他府省連携枠's selection rule, METI's two wide-area programs (000), the 2009 hubs' measures (004).
        Assert.Equal(
            [("POLICY_DIRECTIVE", "program:industry-academia-hub", "program:mext-knowledge-cluster"),
             ("COORDINATION", "program:mext-knowledge-cluster", "program:meti-industrial-cluster"),
             ("JOINT_EVENT", "program:mext-knowledge-cluster", "program:meti-industrial-cluster"),
             ("POLICY_DIRECTIVE", "program:mext-knowledge-cluster", "program:meti-industrial-cluster"),
             ("COORDINATION", "program:meti-wide-area-collab-promotion", "program:mext-knowledge-cluster"),
             ("JOINT_EVENT", "program:meti-wide-area-collab-promotion", "program:mext-knowledge-cluster"),
             ("SELECTION_PREFERENCE", "program:meti-regional-consortium-interministry", "program:mext-knowledge-cluster"),
             ("COORDINATION", "program:meti-wide-area-network-grant", "program:mext-knowledge-cluster"),
             ("JOINT_EVENT", "program:meti-wide-area-network-grant", "program:mext-knowledge-cluster")],
            links.Select(l => ((string)l["kind"]!, (string)l["from"]!["id"]!, (string)l["to"]!["id"]!)));
        Assert.All(links, l => Assert.NotEmpty(l["evidence"]!.AsArray()));
        var complementary = links.Single(l => (string)l["kind"]! == "POLICY_DIRECTIVE" && (string)l["from"]!["id"]! == "program:mext-knowledge-cluster");
        Assert.Contains(complementary["evidence"]!.AsArray(), e => ((string)e!["quote"]!).Contains("両政策は相互に補完", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_filter_by_kind_and_reach_coordination_bodies_and_ministries()
    {
        var data = await graphql.DataAsync("""
            { kc: program(id: "program:mext-knowledge-cluster") { links(kinds: [JOINT_EVENT]) { id } }
              council: node(id: "org:regional-block-council") { ... on Organization { kind links { from { id } } } }
              meti: node(id: "ministry:meti") { ... on Ministry { links { kind from { id } } } }
              link: node(id: "link:kc1-regional-cluster-promotion-council") { __typename ... on Link { to { __typename ... on Organization { name } } } } }
            """);

        Assert.Equal(["link:kc-joint-events-industrial-cluster", "link:meti-collab-promotion-joint-events-knowledge-cluster", "link:meti-network-grant-joint-reports-knowledge-cluster"],
            Ids(data["kc"]!["links"]));
        Assert.Equal("COORDINATION_BODY", (string?)data["council"]!["kind"]);
        Assert.Equal(["program:jst-regional-innovation-support", "program:mext-city-area"], data["council"]!["links"]!.AsArray().Select(l => (string)l!["from"]!["id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["program:jst-regional-innovation-support", "program:jst-regional-joint-research", "program:mext-city-area"],
            data["meti"]!["links"]!.AsArray().Select(l => (string)l!["from"]!["id"]!).Order(StringComparer.Ordinal));
        Assert.All(data["meti"]!["links"]!.AsArray(), l => Assert.Equal("JOINT_EVENT", (string?)l!["kind"]));
        Assert.Equal("Link", (string?)data["link"]!["__typename"]);
        Assert.Equal("地域クラスター推進協議会", (string?)data["link"]!["to"]!["name"]);
    }

    [Fact]
    public async Task Links_of_a_page_of_programs_cost_one_store_call()
    {
        graphql.Store.Reset();
        var data = await graphql.DataAsync("{ programs(first: 100) { nodes { id links { id kind } } } }");

        Assert.Equal(1, graphql.Store.Calls["GetReferencingAsync"]);
        Assert.Equal(34, data["programs"]!["nodes"]!.AsArray().SelectMany(p => p!["links"]!.AsArray()).Select(l => (string)l!["id"]!).Distinct().Count());
    }

    [Fact]
    public async Task A_hand_off_says_whether_it_is_stated_or_inferred_and_how()
    {
        var data = await graphql.DataAsync("""
            { inferred: node(id: "transfer:mext-knowledge-cluster-to-meti-regional-consortium-interministry") { ... on Transfer { basis inference } }
              stated: node(id: "transfer:hamamatsu-kc1-to-consortium") { ... on Transfer { basis inference } }
              kc1: program(id: "program:mext-knowledge-cluster-1") {
                transfersOut { to { id } }
                links(kinds: [POLICY_DIRECTIVE]) { to { ... on Program { id } } evidence { quote } } } }
            """);

        Assert.Equal("INFERRED", (string?)data["inferred"]!["basis"]);
        Assert.Contains("例えば", (string)data["inferred"]!["inference"]!, StringComparison.Ordinal);
        Assert.Equal("STATED", (string?)data["stated"]!["basis"]);
        Assert.Null(data["stated"]!["inference"]);
        // 001's 「研究成果を産業クラスター計画で着実に実用化」 is a policy link now, not a PRACTICAL hand-off.
        Assert.Equal(["program:meti-regional-consortium"], data["kc1"]!["transfersOut"]!.AsArray().Select(t => (string)t!["to"]!["id"]!));
        var directive = Assert.Single(data["kc1"]!["links"]!.AsArray());
        Assert.Equal("program:meti-industrial-cluster", (string?)directive!["to"]!["id"]);
        Assert.Contains(directive["evidence"]!.AsArray(), e => ((string)e!["quote"]!).Contains("研究成果を産業クラスター計画で着実に実用化", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_program_no_source_names_the_runner_of_has_null_runBy_and_a_note_and_keeps_its_adoption()
    {
        var data = await graphql.DataAsync("""
            { zone: program(id: "program:advanced-medical-special-zone") { name runBy { __typename } ministry { code } note outcomes { id project { id } } }
              support: program(id: "program:meti-regional-tech-dev-support") { ministry { code } outcomes { id } } }
            """);

        var zone = data["zone"]!;
        Assert.Equal("先端医療開発特区", (string?)zone["name"]);
        Assert.Null(zone["runBy"]);
        Assert.Null(zone["ministry"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)zone["note"]));
        var adoption = Assert.Single(zone["outcomes"]!.AsArray());
        Assert.Equal("project:hamamatsu-endoscope-navigation", (string?)adoption!["project"]!["id"]);
        // Source 003's H9–H18 results belong to 地域技術開発支援事業, its page's title.
        Assert.Equal("METI", (string?)data["support"]!["ministry"]!["code"]);
        Assert.Equal(["outcome:meti-regional-tech-calls-h9-h18", "outcome:meti-regional-tech-participants-h9-h18", "outcome:meti-regional-tech-success-rates"],
            Ids(data["support"]!["outcomes"]));
    }

    [Fact]
    public async Task Budgets_come_as_a_series_with_totals_and_derivations()
    {
        var data = await graphql.DataAsync("""
            { kc2: program(id: "program:mext-knowledge-cluster-2") { budgetSeries { fiscalYear budget { asWritten } draft { asWritten } request { asWritten } } }
              nibio: program(id: "program:mhlw-nibio") { budgets { fiscalYear millionYen asWritten derivation } budgetTotals { fromFiscalYear toFiscalYear millionYen asWritten derivation } } }
            """);

        Assert.Equal(
            [(2007, "55億円", null, null), (2008, null, "75億円", null), (2009, "75億円", null, null)],
            data["kc2"]!["budgetSeries"]!.AsArray().Select(y => ((int)y!["fiscalYear"]!, (string?)y["budget"]?["asWritten"], (string?)y["draft"]?["asWritten"], (string?)y["request"]?["asWritten"])));
        var fy2006 = data["nibio"]!["budgets"]!.AsArray().Single(b => (int)b!["fiscalYear"]! == 2006)!;
        Assert.Equal((11443m, ""), ((decimal)fy2006["millionYen"]!, (string)fy2006["asWritten"]!));
        Assert.NotNull((string?)fy2006["derivation"]);
        var total = Assert.Single(data["nibio"]!["budgetTotals"]!.AsArray())!;
        Assert.Equal((2005, 2007, 34250m, "34, 250"), ((int)total["fromFiscalYear"]!, (int)total["toFiscalYear"]!, (decimal)total["millionYen"]!, (string)total["asWritten"]!));
        Assert.Null(total["derivation"]);
    }

    [Fact]
    public async Task An_organization_carries_the_dates_the_sources_state_with_their_basis()
    {
        var data = await graphql.DataAsync("""{ anges: node(id: "org:anges-mg") { ... on Organization { dates { kind date asWritten basis inference } } } }""");

        var dates = data["anges"]!["dates"]!.AsArray().Select(d => d!).ToList();
        Assert.Equal([("FOUNDED", "1999", "平成１１年", "INFERRED"), ("LISTED", "2002-09", "平成１４年９月", "STATED")],
            dates.Select(d => ((string)d["kind"]!, (string)d["date"]!, (string)d["asWritten"]!, (string)d["basis"]!)));
        Assert.False(string.IsNullOrWhiteSpace((string?)dates[0]["inference"]));
        Assert.Null(dates[1]["inference"]);
    }
}
