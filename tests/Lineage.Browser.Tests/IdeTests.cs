using System.Collections.Concurrent;
using Lineage.Tests;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Lineage.Browser.Tests;

/// <summary>An analyst opens /graphql in a browser: GraphiQL, bundled into the server, opens on the example tabs and runs them.</summary>
[Collection(LineageServerCollectionDefinition.Name)]
public sealed class IdeTests(LineageServerFixture server, ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    private const string HeadlineTarget = "地域新規産業創造技術開発費補助事業";

    [Fact]
    public async Task The_IDE_opens_on_the_example_tabs_and_runs_the_headline_query_without_console_errors()
    {
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Enqueue($"console error: {message.Text}"); };
        page.PageError += (_, error) => problems.Enqueue($"page error: {error}");
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url} ({request.Failure})");

        var response = await page.GotoAsync(server.GraphQL.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);

        // One tab per example, titled by its operation; the first, open one holds the headline query.
        var tabs = page.Locator(".graphiql-tab");
        await Expect(tabs).ToHaveCountAsync(IdeTabs.All.Count);
        for (var i = 0; i < IdeTabs.All.Count; i++)
            await Expect(tabs.Nth(i)).ToContainTextAsync(IdeTabs.All[i].OperationName);
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("MextSeedsThatReachedMetiCommercialization");

        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync(HeadlineTarget, new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("COMMERCIALIZED");

        var screenshot = ScreenshotPath("ide.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        output.WriteLine($"Screenshot: {screenshot}");
        server.Announce($"IDE screenshot: {screenshot}");
        Assert.True(problems.IsEmpty, "The IDE reported problems:\n" + string.Join("\n", problems));

        // The explorer plugin lists the schema's root fields (so introspection went through, depth limit and all).
        // It is opened on the Search tab: graphiql-explorer 0.9 cannot edit list-valued arguments such as
        // `ministries: [MEXT]` and logs "arg mismatch between arg and selection" for them (its limitation, not ours).
        await tabs.Nth(IdeTabs.All.ToList().FindIndex(t => t.OperationName == "Search")).ClickAsync();
        await page.Locator("button[aria-label='Show GraphiQL Explorer']").ClickAsync();
        var explorer = page.Locator(".graphiql-explorer-root");
        await Expect(explorer).ToContainTextAsync("lineage");
        await Expect(explorer).ToContainTextAsync("search");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath("ide-explorer.png") });
        Assert.True(problems.IsEmpty, "The IDE's explorer reported problems:\n" + string.Join("\n", problems));
    }

    /// <summary>TestResults/screenshots at the repository root, or LINEAGE_SCREENSHOTS_DIR (CI keeps it as an artifact).</summary>
    private static string ScreenshotPath(string name)
    {
        var directory = Environment.GetEnvironmentVariable("LINEAGE_SCREENSHOTS_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(RepoPaths.Root, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
