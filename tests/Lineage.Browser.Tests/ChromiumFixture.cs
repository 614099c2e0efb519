using Microsoft.Playwright;

namespace Lineage.Browser.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright's bundled driver (no browser download, no `playwright install`).
/// A machine without it fails the browser tests with a message that says what to install: CI installs it, and a
/// skipped browser test would hide a broken IDE.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian puts it; LINEAGE_CHROMIUM points elsewhere.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("LINEAGE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. The browser tests drive Debian's chromium: " +
                "`sudo apt-get install -y chromium` (or set LINEAGE_CHROMIUM to a Chromium executable).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox (CI containers run as root); no GPU; no calls home, which a closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
