using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Lineage.Server.Tests;

/// <summary>
/// The cost model (README, "Hostile requests"), checked against costs worked out by hand from its rules:
/// <c>cost = weight + size × (1 per object + Σ children)</c>; lineage, downstream and upstream weigh 25 per maxHops,
/// search 300, flows 200; a connection's nodes are sized by first (default 20), steps by maxHops (default 4), search by
/// first (default 10), flows by 100, evidence by 5, other lists by 10.
/// </summary>
public sealed class CostEstimateTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    public static TheoryData<string, string?, long> Costs() => new()
    {
        // 25 × 4 hops + the connection 1; totalCount is a scalar (0).
        { "{ lineage { totalCount } }", null, 101 },
        // 25 × 2 + 1 + nodes: 5 × (path 1 + steps: 2 × (transfer 1)).
        { "{ lineage(maxHops: 2, first: 5) { nodes { steps { id } } } }", null, 66 },
        // 300 + hits: 7 × (hit 1 + node 1).
        { "{ search(text: \"a\", first: 7) { node { id } } }", null, 314 },
        // 200 + 100 rows × (row 1).
        { "{ flows(groupBy: MINISTRY) { transferCount } }", null, 300 },
        // 1 + nodes: 3 × (program 1 + downstream: 25 × 8 + connection 1).
        { "{ programs(first: 3) { nodes { downstream(maxHops: 8, first: 2) { totalCount } } } }", null, 607 },
        // nodes(ids) is sized by its ids: 3 × (node 1).
        { "{ nodes(ids: [\"a\", \"b\", \"c\"]) { id } }", null, 3 },
        // A variable's value sizes the page: 1 + 50 × 1; its default when none is sent: 1 + 4; the field's default without either: 1 + 20.
        { "query($n: Int) { programs(first: $n) { nodes { id } } }", """{"n": 50}""", 51 },
        { "query($n: Int = 4) { programs(first: $n) { nodes { id } } }", null, 5 },
        { "query($n: Int) { programs(first: $n) { nodes { id } } }", null, 21 },
        // Out of range counts as the largest allowed (the resolver refuses it anyway): 1 + 100.
        { "{ programs(first: 1000) { nodes { id } } }", null, 101 },
        // The widget's query at its largest (max-hops 8, a page of 100): 25 × 8 + 1 + pageInfo 1
        // + 100 × (path 1 + project 1 + 8 steps × (1 + from (1 + ministry 1) + to (1 + 1) + 5 evidence × (1 + source 1))).
        { "{ lineage(maxHops: 8, first: 100) { totalCount pageInfo { endCursor } nodes { key project { name } steps { id from { id ministry { code } } to { id ministry { code } } evidence { quote source { id } } } } } }", null, 12_402 },
    };

    [Theory]
    [MemberData(nameof(Costs))]
    public async Task The_estimate_is_the_cost_worked_out_by_hand_and_nothing_runs(string query, string? variables, long expected)
    {
        var body = await Estimate(query, variables);
        Assert.Null(body["data"]);
        Assert.Null(body["errors"]);
        Assert.Equal(expected, (long)body["extensions"]!["cost"]!["estimated"]!);
        Assert.Equal(25_000, (int)body["extensions"]!["cost"]!["limit"]!);
    }

    [Fact]
    public async Task The_headline_query_costs_1181()
    {
        // 25 × 4 + 1 + nodes: 20 × (path 1 + project 1 + steps: 4 × (1 + from 1 + to 1 + evidence: 5 × (1 + source 1))).
        var body = await Estimate(LineageApp.Query("headline"), null);
        Assert.Equal(1_181, (long)body["extensions"]!["cost"]!["estimated"]!);
    }

    [Fact]
    public async Task Introspection_costs_what_it_returns()
    {
        // __schema 1 + one object per type: the number of types, counted in the real answer.
        var (_, answer) = await app.App.PostAsync("{ __schema { types { name } } }");
        var types = answer!["data"]!["__schema"]!["types"]!.AsArray().Count;

        var body = await Estimate("{ __schema { types { name } } }", null);
        Assert.Equal(1 + types, (long)body["extensions"]!["cost"]!["estimated"]!);
    }

    [Fact]
    public async Task Nested_pages_of_lineage_are_refused_with_MAX_COMPLEXITY_and_their_estimate()
    {
        // 1 + 100 programs × (1 + downstream 25 × 8 + 1 + 100 paths × (1 + 8 steps × 1)) = 110,201.
        var (response, body) = await app.App.PostAsync("{ programs(first: 100) { nodes { downstream(first: 100, maxHops: 8) { nodes { steps { id } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body!["errors"]![0]!;
        Assert.Equal("MAX_COMPLEXITY", (string?)error["extensions"]!["code"]);
        Assert.Contains("complexity 110201 exceeds the limit of 25000 (Lineage:GraphQL:MaxComplexity)", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal(110_201, (long)body["extensions"]!["cost"]!["estimated"]!);
        Assert.Null(body["data"]);
    }

    [Theory]
    [InlineData("validate", false)]
    [InlineData("report", true)]
    public async Task The_GraphQL_Cost_header_asks_for_the_estimate_with_or_without_the_answer(string mode, bool runs)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query": "{ search(text: \"浜松\", first: 3) { node { id } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("GraphQL-Cost", mode);
        var response = await app.App.CreateClient().SendAsync(request);
        var body = await LineageApp.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(306, (long)body!["extensions"]!["cost"]!["estimated"]!); // 300 + 3 × (1 + 1)
        Assert.Equal(runs, body["data"] is not null);
        if (runs) Assert.NotEmpty(body["data"]!["search"]!.AsArray());
    }

    private async Task<JsonNode> Estimate(string query, string? variables)
    {
        var json = new JsonObject { ["query"] = query, ["extensions"] = new JsonObject { ["cost"] = "validate" } };
        if (variables is not null) json["variables"] = JsonNode.Parse(variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        var response = await app.App.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await LineageApp.ReadAsync(response))!;
    }
}
