using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Lineage.Server.Tests;

/// <summary>Bad GraphQL and bad HTTP get a spec-conformant error response with a message, never a 500.</summary>
public sealed class MalformedRequestTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    public static TheoryData<string, string, string?, string> BadDocuments() => new()
    {
        { "syntax error", "{ lineage(from: { ministries: [MEXT] } { totalCount } }", null, "Error parsing query" },
        { "unknown field", "{ lineage { totalCount colour } }", null, "colour" },
        { "wrong variable type", "query($hops: Int) { lineage(maxHops: $hops) { totalCount } }", """{"hops":"four"}""", "hops" },
        { "missing variable", "query($stage: Stage!) { lineage(minStage: $stage) { totalCount } }", null, "stage" },
        { "unknown enum value", "{ lineage(minStage: LAUNCHED) { totalCount } }", null, "LAUNCHED" },
        { "unknown argument", "{ lineage(colour: 1) { totalCount } }", null, "colour" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_document_is_a_400_with_errors_and_no_data_under_graphql_response_json(string what, string query, string? variables, string mentions)
    {
        var (response, body) = await Send(query, variables, GraphQLResponse);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: got {(int)response.StatusCode}");
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Null(body!["data"]);
        var message = (string)body["errors"]![0]!["message"]!;
        Assert.Contains(mentions, message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_bad_document_is_a_200_with_errors_under_application_json(string what, string query, string? variables, string mentions)
    {
        var (response, body) = await Send(query, variables, Json);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: got {(int)response.StatusCode}");
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(mentions, (string)body!["errors"]![0]!["message"]!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"query\": ", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{\"variables\": {}}", "no `query`")]
    [InlineData("{\"query\": 42}", "must be a string")]
    [InlineData("{\"query\": \"{ ministries { code } }\", \"variables\": [1]}", "must be a JSON object")]
    public async Task A_body_that_is_not_a_GraphQL_request_is_a_400_saying_why(string body, string mentions)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, Json) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        var response = await app.App.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, (string)(await LineageApp.ReadAsync(response))!["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ ministries { code } }", Encoding.UTF8, "text/plain") };
        var response = await app.App.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_Accept_header_without_a_JSON_type_is_a_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ ministries { code } }"}""", Encoding.UTF8, Json) };
        request.Headers.Accept.ParseAdd("application/xml");
        var response = await app.App.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task GET_runs_a_query_and_refuses_a_mutation_with_405()
    {
        var client = app.App.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(GraphQLResponse);
        var ok = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ ministries { code } }"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEmpty((await LineageApp.ReadAsync(ok))!["data"]!["ministries"]!.AsArray());

        var mutation = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { ministries { code } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
    }

    [Theory]
    [InlineData("maxHops: 9", "maxHops")]
    [InlineData("first: 101", "first")]
    [InlineData("fiscalYearFrom: 2009, fiscalYearTo: 2005", "fiscalYearFrom")]
    [InlineData("after: \"bogus\"", "after")]
    public async Task Arguments_over_a_limit_get_an_INVALID_ARGUMENT_error_naming_it(string arguments, string argument)
    {
        var (response, body) = await app.App.PostAsync($"{{ lineage({arguments}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = body!["errors"]![0]!;
        Assert.Equal("INVALID_ARGUMENT", (string?)error["extensions"]!["code"]);
        Assert.Contains(argument, (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_naming_the_limit()
    {
        var deep = "{ program(id: \"program:mext-knowledge-cluster-1\") { " + string.Concat(Enumerable.Repeat("parent { ", 16)) + "id" + new string('}', 16) + " } }";
        var (response, body) = await app.App.PostAsync(deep);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body!["errors"]![0]!;
        Assert.Equal("MAX_DEPTH", (string?)error["extensions"]!["code"]);
        Assert.Contains("MaxDepth", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_IDE_introspection_query_is_not_caught_by_the_depth_limit()
    {
        var introspection = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Queries", "introspection.graphql"));
        var (response, body) = await app.App.PostAsync(introspection);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body!["data"]!["__schema"]!["types"]!.AsArray(), t => (string?)t!["name"] == "LineagePath");
    }

    private async Task<(HttpResponseMessage, JsonNode?)> Send(string query, string? variables, string accept)
    {
        var json = new JsonObject { ["query"] = query };
        if (variables is not null) json["variables"] = JsonNode.Parse(variables);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json.ToJsonString(), Encoding.UTF8, Json) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await app.App.CreateClient().SendAsync(request);
        return (response, await LineageApp.ReadAsync(response));
    }
}
