using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Lineage.Browser.Tests;

/// <summary>/graphql is both the IDE (for a browser asking for a page) and the GraphQL endpoint (for everything else).</summary>
[Collection(LineageServerCollectionDefinition.Name)]
public sealed partial class IdeRoutingTests(LineageServerFixture server)
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task A_browser_gets_the_IDE_page_with_its_assets_served_from_the_server()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("<base href=\"/ide/\"", html, StringComparison.Ordinal);

        // Every script and stylesheet is the server's own (no CDN) and is served.
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("./assets/", asset, StringComparison.Ordinal);
            var file = await client.GetAsync("ide/" + asset[2..]);
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)file.StatusCode}");
            Assert.Contains("immutable", file.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task A_GraphQL_client_without_a_query_gets_a_GraphQL_error_not_the_page(string accept)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        var response = await client.GetAsync("graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("query", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_following_a_link_with_a_query_gets_the_result()
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString("{ ministries { code } }"));
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["ministries"]!.AsArray());
    }

    public static TheoryData<string> Tabs() => new(IdeTabs.All.Select(t => t.File));

    [Theory]
    [MemberData(nameof(Tabs))]
    public async Task Every_example_tab_is_a_query_the_schema_answers_without_errors(string file)
    {
        var tab = IdeTabs.All.Single(t => t.File == file);
        var body = new JsonObject { ["query"] = tab.Query };
        if (tab.Variables is not null) body["variables"] = JsonNode.Parse(tab.Variables);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await client.PostAsync("graphql", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.True(result["errors"] is null, $"{file}: {result["errors"]?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
        Assert.NotNull(result["data"]);
    }

    [GeneratedRegex(@"(?:src|href)=""(\./assets/[^""]+)""")]
    private static partial Regex AssetReference();
}
