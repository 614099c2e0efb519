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
        Assert.Equal("Healthy", (string?)body["checks"]!["store"]!["status"]);
        Assert.Equal("ok", (string?)(await LineageApp.ReadAsync(health))!["status"]);
    }

    [Fact]
    public async Task Readyz_is_503_naming_the_reason_when_the_store_cannot_be_opened()
    {
        // A store that was fine at start and then went away: its file replaced by a folder.
        using var broken = new LineageApp();
        var client = broken.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(broken.DatabasePath);
        Directory.CreateDirectory(broken.DatabasePath);

        var ready = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await LineageApp.ReadAsync(ready);
        Assert.Equal("unavailable", (string?)body!["status"]);
        Assert.Contains(broken.DatabasePath, (string?)body["store"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode); // the process is alive: no restart would help
    }
}
