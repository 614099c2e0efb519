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

    /// <summary>Bodies that are JSON but not Unicode text; <c>\u00XX</c> characters stand for the raw byte XX.</summary>
    public static TheoryData<string, string, string> NotText() => new()
    {
        { "an invalid byte in the query", "{\"query\":\"{ ministries { id } }\u00ff\"}", "not valid UTF-8: byte 0xFF at offset 31" },
        { "an invalid byte in operationName", "{\"query\":\"{ ministries { id } }\",\"operationName\":\"\u00c3\u0028\"}", "not valid UTF-8: byte 0xC3" },
        { "an invalid byte in extensions", "{\"query\":\"{ ministries { id } }\",\"extensions\":{\"a\":\"\u00fe\"}}", "not valid UTF-8: byte 0xFE" },
        { "an invalid byte in a variable", "{\"query\":\"query($t: String!) { search(text: $t) { matchedName } }\",\"variables\":{\"t\":\"\u0080\"}}", "not valid UTF-8: byte 0x80" },
        { "a surrogate encoded as UTF-8 bytes", "{\"query\":\"{ search(text: \\\"\u00ed\u00a0\u0080\\\") { matchedName } }\"}", "not valid UTF-8: byte 0xED" },
        { "a lone surrogate escape in the query", "{\"query\":\"{ ministries { id } }\\ud800\"}", "`query` contains a lone surrogate" },
        { "a lone surrogate escape in operationName", "{\"query\":\"{ ministries { id } }\",\"operationName\":\"\\udfff\"}", "`operationName` contains a lone surrogate" },
        { "a lone surrogate escape in a variable", "{\"query\":\"query($t: String!) { search(text: $t) { matchedName } }\",\"variables\":{\"t\":[\"a\\ud83d\"]}}", "`variables.t[0]` contains a lone surrogate" },
        { "a lone surrogate escape in an extensions key", "{\"query\":\"{ ministries { id } }\",\"extensions\":{\"\\ud800\":1}}", "A property name in `extensions` contains a lone surrogate" },
        { "U+FFFE in a variable", "{\"query\":\"query($t: String!) { search(text: $t) { matchedName } }\",\"variables\":{\"t\":\"\\ufffe\"}}", "`variables.t` contains the noncharacter U+FFFE" },
        { "a lone surrogate escape in a GraphQL string", "{\"query\":\"{ search(text: \\\"\\\\ud800\\\") { matchedName } }\"}", "string in the document contains a lone surrogate" },
        { "U+FFFE escaped in a GraphQL string", "{\"query\":\"{ search(text: \\\"\\\\ufffe\\\") { matchedName } }\"}", "string in the document contains the noncharacter U+FFFE" },
    };

    [Theory]
    [MemberData(nameof(NotText))]
    public async Task A_request_that_is_not_Unicode_text_is_a_400_INVALID_ENCODING_saying_where(string what, string latin1Body, string mentions)
    {
        var (response, body) = await SendBytes(System.Text.Encoding.Latin1.GetBytes(latin1Body), GraphQLResponse);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: got {(int)response.StatusCode} {body?.ToJsonString()}");
        var error = body!["errors"]![0]!;
        Assert.Equal("INVALID_ENCODING", (string?)error["extensions"]!["code"]);
        Assert.Contains(mentions, (string)error["message"]!, StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_are_a_400_under_application_json_too()
    {
        var (response, body) = await SendBytes([.. "{\"query\":\"{ ministries { id } }"u8, 0xFF, .. "\"}"u8], Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_ENCODING", (string?)body!["errors"]![0]!["extensions"]!["code"]);
    }

    /// <summary>Each of these was answered INTERNAL_ERROR (and logged as unhandled) before; each is the client's mistake.</summary>
    public static TheoryData<string, string, string> NotOurFault() => new()
    {
        { "input objects nested 70 deep", "{ lineage(from: " + string.Concat(Enumerable.Repeat("{a: ", 70)) + "1" + new string('}', 70) + ") { totalCount } }", "MAX_DEPTH" },
        { "lists nested 70 deep", "{ lineage(maxHops: " + new string('[', 70) + "1" + new string(']', 70) + ") { totalCount } }", "MAX_DEPTH" },
        { "selections 100 deep", "{ programs { " + string.Concat(Enumerable.Repeat("nodes { ", 100)) + "id" + new string('}', 100) + " } }", "MAX_DEPTH" },
        { "a mutation", "mutation { x }", "UNSUPPORTED_OPERATION" },
        { "a subscription", "subscription { x }", "UNSUPPORTED_OPERATION" },
        { "a named mutation with real fields", "mutation M { ministries { id } }", "UNSUPPORTED_OPERATION" },
    };

    [Theory]
    [MemberData(nameof(NotOurFault))]
    public async Task Input_that_once_gave_INTERNAL_ERROR_gets_a_request_error_with_a_specific_code(string what, string query, string code)
    {
        var (response, body) = await Send(query, null, GraphQLResponse);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: got {(int)response.StatusCode} {body?.ToJsonString()}");
        Assert.Equal(code, (string?)body!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);

        var (legacy, legacyBody) = await Send(query, null, Json);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode); // application/json keeps 200 for a request error
        Assert.Equal(code, (string?)legacyBody!["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("1.7976931348623157e309")]
    public async Task A_variable_out_of_every_number_range_is_a_client_error_not_a_500(string number)
    {
        var (response, body) = await SendBytes(System.Text.Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { programs(first: $n) { totalCount } }\",\"variables\":{\"n\":" + number + "}}"), GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("INTERNAL_ERROR", body!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?query=%7B%20ministries%20%7B%20id%20%7D%20%7D%FF", "INVALID_ENCODING", "The `query` parameter is not valid UTF-8: byte 0xFF")]
    [InlineData("?query=%7B%20ministries%20%7B%20id%20%7D%20%7D&variables=%7B%22a%22%3A%22%ED%A0%80%22%7D", "INVALID_ENCODING", "The `variables` parameter is not valid UTF-8: byte 0xED")]
    [InlineData("?query=%7B%20ministries%20%7B%20id%20%7D%20%7D&variables=%7B%22a%22%3A%22%5Cud800%22%7D", "INVALID_ENCODING", "`variables.a` contains a lone surrogate")]
    [InlineData("?query=%G1", "BAD_REQUEST", "malformed escape")]
    [InlineData("?query=%7B%7D%", "BAD_REQUEST", "malformed escape")]
    public async Task A_query_string_is_decoded_strictly(string queryString, string code, string mentions)
    {
        // Sent as written, on the in-memory server itself: HttpClient would repair a malformed %-escape into %25.
        var context = await app.App.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Path = "/graphql";
            c.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(queryString);
            c.Request.Headers.Accept = GraphQLResponse;
        });
        var body = JsonNode.Parse(context.Response.Body);

        Assert.Equal(400, context.Response.StatusCode);
        Assert.Equal(code, (string?)body!["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains(mentions, (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GET_refuses_a_subscription_with_405_too()
    {
        var client = app.App.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd(GraphQLResponse);
        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("subscription { ministries { id } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_body_over_MaxRequestBytes_is_a_413_naming_the_setting()
    {
        var query = "{ ministries { id } }" + new string(' ', 300 * 1024);
        var (response, body) = await Send(query, null, GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (string?)body!["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("Lineage:GraphQL:MaxRequestBytes", (string)body["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage, JsonNode?)> SendBytes(byte[] body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(Json);
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await app.App.CreateClient().SendAsync(request);
        return (response, await LineageApp.ReadAsync(response));
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
