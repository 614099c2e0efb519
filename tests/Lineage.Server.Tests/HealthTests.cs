using System.Net;

namespace Lineage.Server.Tests;

public sealed class HealthTests(LineageAppFixture app) : IClassFixture<LineageAppFixture>
{
    [Fact]
    public async Task Healthz_answers_and_readyz_reports_the_store()
    {
        var client = app.App.CreateClient();
        var health = await client.GetAsync("/healthz");
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await LineageApp.ReadAsync(ready);
        Assert.Equal("ready", (string?)body!["status"]);
        Assert.Contains("sqlite", (string?)body["store"], StringComparison.Ordinal);
    }
}
