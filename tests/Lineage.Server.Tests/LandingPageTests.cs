using System.Net;
using Lineage.Server.Home;
using Microsoft.AspNetCore.Http;

namespace Lineage.Server.Tests;

/// <summary>GET / says what this is and links to everything a newcomer looks for; every link works.</summary>
public sealed class LandingPageTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    [Fact]
    public async Task The_landing_page_links_to_the_IDE_widgets_health_README_and_schema_and_each_answers()
    {
        var client = app.App.CreateClient();

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Lineage", html, StringComparison.Ordinal);
        foreach (var link in new[] { "graphql", "widgets", "readyz", "healthz", "README.md", "schema.graphql" })
        {
            Assert.Contains($"href=\"{link}\"", html, StringComparison.Ordinal);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/" + link);
            request.Headers.Accept.ParseAdd("text/html"); // as a browser follows it
            using var target = await client.SendAsync(request);
            Assert.True(target.StatusCode == HttpStatusCode.OK, $"/{link} answered {(int)target.StatusCode}");
        }
    }

    [Fact]
    public async Task The_landing_page_has_the_security_headers_of_every_HTML_page()
    {
        var client = app.App.CreateClient();
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var widgets = await client.GetAsync(new Uri("/widgets", UriKind.Relative));

        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        // The same policy as the other pages, but for who may frame it.
        Assert.Equal(widgets.Headers.GetValues("Content-Security-Policy").Single().Split("frame-ancestors")[0], csp.Split("frame-ancestors")[0]);
    }

    [Fact]
    public void What_the_page_takes_from_the_request_is_escaped()
    {
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("evil.example\"><script>alert(1)</script>");

        var html = LandingPage.Render(http);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }
}
