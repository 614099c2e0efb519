using Lineage.Tests;
using Microsoft.Playwright;

namespace Lineage.Widgets.Tests.Infrastructure;

/// <summary>
/// Two real servers (the shipped dataset; the xss fixture), a report site on a third loopback origin
/// that server one lets frame its embed page and call its /graphql, and Debian's chromium under Playwright.
/// Started once for every test in the "widgets" collection.
/// </summary>
public sealed class WidgetServers : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public HostPages Site { get; } = new();
    public ServerProcess Data { get; private set; } = null!;
    public ServerProcess Xss { get; private set; } = null!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where screenshots go: LINEAGE_ARTIFACTS, or artifacts/widgets/ at the repository root.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("LINEAGE_ARTIFACTS") is { Length: > 0 } configured
            ? Path.Combine(configured, "widgets")
            : Path.Combine(RepoPaths.Root, "artifacts", "widgets")).FullName;

    public async Task InitializeAsync()
    {
        var data = ServerProcess.StartAsync(RepoPaths.Data,
            $"--Lineage:Widgets:FrameAncestors:0='self'",
            $"--Lineage:Widgets:FrameAncestors:1={Site.Origin}",
            $"--Lineage:Widgets:CorsOrigins:0={Site.Origin}");
        var xss = ServerProcess.StartAsync(Path.Combine(RepoPaths.Fixtures, "xss"));
        Data = await data;
        Xss = await xss;
    }

    /// <summary>The browser, started on first use; fails with what to install when chromium is missing.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (_browser is not null) return _browser;
        if (!File.Exists(ChromiumPath))
            Assert.Fail($"The widget browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (CI's .ci/run installs it).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        return _browser;
    }

    /// <summary>A new page that records every dialog (an alert() would mean injected script ran) and console error.</summary>
    public async Task<(IPage Page, List<string> Dialogs)> PageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var browser = await BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            Locale = "ja-JP",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs) dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, dialogs);
    }

    /// <summary>Saves a screenshot to <see cref="Artifacts"/>. An SVG document needs fullPage false: Chromium cannot measure its full height.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, ILocator? element = null, bool fullPage = true)
    {
        var path = Path.Combine(Artifacts, name + ".png");
        if (element is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        else await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 1000, $"the screenshot {path} is empty");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (Data is not null) await Data.DisposeAsync();
        if (Xss is not null) await Xss.DisposeAsync();
        Site.Dispose();
    }
}

[CollectionDefinition("widgets")]
public sealed class WidgetsCollectionDefinition : ICollectionFixture<WidgetServers>;
