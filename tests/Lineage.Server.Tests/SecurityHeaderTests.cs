using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Lineage.Server.Tests;

/// <summary>
/// Every response carries nosniff and a Content-Security-Policy: the IDE its own (its scripts and workers from this
/// server only, never framed), the widget pages theirs (left as they are), everything else one that allows nothing.
/// </summary>
public sealed class SecurityHeaderTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    private const string NothingAllowed = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static TheoryData<string, string, string?, int> Responses() => new()
    {
        // what, method and path, Accept, expected status
        { "a GraphQL answer", "POST /graphql", "application/graphql-response+json", 200 },
        { "a GraphQL answer over GET", "GET /graphql?query=%7B%20ministries%20%7B%20id%20%7D%20%7D", "application/json", 200 },
        { "a GraphQL request error", "POST /graphql", "application/graphql-response+json", 400 },
        { "a 406", "POST /graphql", "application/xml", 406 },
        { "health", "GET /healthz", null, 200 },
        { "readiness", "GET /readyz", null, 200 },
        { "a widget's text/plain 400 echoing its input", "GET /widgets/lineage.svg?from=%3Cscript%3Ealert(1)%3C/script%3E", null, 400 },
        { "a 404", "GET /no-such-page", null, 404 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_gets_nosniff_and_a_policy_that_allows_nothing(string what, string request, string? accept, int status)
    {
        var response = await Send(request, accept, body: what == "a GraphQL request error" ? "{\"query\": \"{\"}" : null);

        Assert.True((int)response.StatusCode == status, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal(NothingAllowed, Header(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_IDE_page_runs_only_its_own_scripts_and_workers_and_cannot_be_framed()
    {
        var response = await Send("GET /graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        var policy = Directives(Header(response, "Content-Security-Policy"));

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["worker-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.DoesNotContain("unsafe-eval", policy["script-src"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_IDE_assets_and_workers_run_under_the_IDE_policy()
    {
        var page = await (await Send("GET /graphql", "text/html")).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"\\./(assets/[^\"]+\\.js)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(script), "the IDE page names no script (built with LINEAGE_SKIP_WEB=1?)");

        var asset = await Send("GET /ide/" + script, null);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("nosniff", Header(asset, "X-Content-Type-Options"));
        Assert.Equal("'self'", Directives(Header(asset, "Content-Security-Policy"))["worker-src"]);
    }

    [Fact]
    public async Task The_embed_page_keeps_its_own_policy()
    {
        var response = await Send("GET /embed/lineage?from=MEXT&to=METI", "text/html");
        var policy = Directives(Header(response, "Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("'self'", policy["frame-ancestors"]); // Lineage:Widgets:FrameAncestors' default, not the API's 'none'
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    private async Task<HttpResponseMessage> Send(string request, string? accept, string? body = null)
    {
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1]);
        using var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") message.Content = new StringContent(body ?? "{\"query\": \"{ ministries { id } }\"}", Encoding.UTF8, "application/json");
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return await app.App.CreateClient().SendAsync(message);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"no {name} header on {(int)response.StatusCode} {response.RequestMessage?.RequestUri}");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);
}
