using Lineage.Widgets.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lineage.Widgets.Tests.Browser;

/// <summary>The three forms in a real browser (Debian's chromium), as a report's reader sees them. Screenshots go to artifacts/widgets/.</summary>
[Collection("widgets")]
public sealed class WidgetBrowserTests(WidgetServers servers)
{
    private const string Headline = "from=MEXT&to=METI&minStage=COMMERCIALIZED";
    private const string RegionalJointResearch = "地域結集型共同研究事業";
    private const string NewRegionalIndustryTech = "地域新規産業創造技術開発費補助事業";

    private string ReportPage(string name, string body) => servers.Site.Add($"/{name}.html", $$"""
        <!doctype html>
        <html lang="ja"><head><meta charset="utf-8"><title>{{name}}</title></head>
        <body style="margin:16px;font-family:sans-serif">
        {{body}}
        </body></html>
        """);

    private static async Task WaitForDrawnAsync(ILocator graph) =>
        await graph.Locator("svg .box.program").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

    [Fact]
    public async Task The_component_on_another_site_draws_the_headline_lineage_with_its_program_names_and_evidence()
    {
        var url = ReportPage("component", $"""
            <script src="{servers.Data.Origin}/widgets/lineage.js"></script>
            <lineage-graph id="g" from="MEXT" to="METI" min-stage="COMMERCIALIZED" lang="ja"></lineage-graph>
            """);
        var (page, dialogs) = await servers.PageAsync();
        await page.GotoAsync(url);
        var graph = page.Locator("#g");
        await WaitForDrawnAsync(graph);

        // Tab from the page reaches the picture; arrow keys move between its programs and transfers.
        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string?>("() => document.getElementById('g').shadowRoot.activeElement?.getAttribute('aria-label')");
        Assert.Contains(" → ", first, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("ArrowRight");
        var second = await page.EvaluateAsync<string?>("() => document.getElementById('g').shadowRoot.activeElement?.getAttribute('aria-label')");
        Assert.NotEqual(first, second);
        Assert.Equal("group", await graph.Locator("svg").GetAttributeAsync("role"));
        Assert.Contains("系譜図", await graph.Locator("svg").GetAttributeAsync("aria-label"), StringComparison.Ordinal);

        var names = await graph.Locator("svg .box.program text").AllTextContentsAsync();
        var programs = await graph.Locator("svg .box.program").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.programId)");
        Assert.Contains("program:jst-regional-joint-research", programs);
        Assert.Contains("program:meti-new-regional-industry-tech", programs);
        var labels = await graph.Locator("svg .box.program").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))");
        Assert.Contains(labels, l => l.Contains(RegionalJointResearch, StringComparison.Ordinal));
        Assert.Contains(labels, l => l.Contains(NewRegionalIndustryTech, StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("地域結集型", StringComparison.Ordinal));

        // Programs are coloured by ministry: MEXT-side and METI-side boxes differ.
        var ministries = await graph.Locator("svg .box.program").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.ministry)");
        Assert.Contains("MEXT", ministries);
        Assert.Contains("METI", ministries);

        // The hand-off box names the seed that was commercialized, and its stage.
        var handOff = await graph.Locator("svg .box.handoff text").AllTextContentsAsync();
        Assert.Equal(["金属光造形複合加工機", "事業化"], handOff);

        // Keyboard: Tab reaches a transfer, whose evidence appears; Enter on a program emits its id.
        var link = graph.Locator("svg .box.handoff").First;
        await link.FocusAsync();
        var tip = graph.Locator(".tip");
        await tip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Matches("「.+」", await tip.InnerTextAsync());
        await WidgetServers.ScreenshotAsync(page, "component-headline-evidence");

        await page.EvaluateAsync("() => { window.clicked = []; document.addEventListener('program-click', e => window.clicked.push(e.detail.programId)); }");
        var node = graph.Locator("svg .box.program[data-program-id='program:jst-regional-joint-research']");
        await node.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await node.ClickAsync();
        var clicked = await page.EvaluateAsync<string[]>("() => window.clicked");
        Assert.Equal(["program:jst-regional-joint-research", "program:jst-regional-joint-research"], clicked);
        Assert.Equal("button", await node.GetAttributeAsync("role"));

        // Printed: no tooltip, the picture fits the page width, on white.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        Assert.Equal("none", await graph.Locator(".tip").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        Assert.Equal("rgb(255, 255, 255)", await graph.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await WidgetServers.ScreenshotAsync(page, "component-headline-print");
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Flows_mode_draws_a_Sankey_whose_bands_are_as_wide_as_the_seeds_they_carry()
    {
        var url = ReportPage("flows", $"""
            <script src="{servers.Data.Origin}/widgets/lineage.js"></script>
            <lineage-graph id="g" from="MEXT" to="METI" mode="flows" lang="en" theme="dark"></lineage-graph>
            """);
        var (page, _) = await servers.PageAsync(scheme: ColorScheme.Dark);
        await page.GotoAsync(url);
        var graph = page.Locator("#g");
        await WaitForDrawnAsync(graph);

        Assert.Equal("flows", await graph.Locator("svg").GetAttributeAsync("class"));
        var widths = await graph.Locator("svg .edge path").EvaluateAllAsync<double[]>("els => els.map(e => parseFloat(e.getAttribute('stroke-width')))");
        Assert.True(widths.Length >= 2, "a Sankey of MEXT → METI has several bands");
        Assert.True(widths.Distinct().Count() > 1, "band widths follow the number of seeds");
        // Each cohort is one box, its shares dotted: "22 seeds, split between 2 programs; shares not reported".
        var cohorts = await graph.Locator("svg .box.cohort").AllTextContentsAsync();
        Assert.Contains(cohorts, c => c.StartsWith("22 seeds, split between", StringComparison.Ordinal));
        Assert.True(await graph.Locator("svg .edge[data-style='share-not-reported']").CountAsync() >= 2);
        Assert.True(await graph.Locator("svg .box.program").CountAsync() >= 3);
        await WidgetServers.ScreenshotAsync(page, "component-flows-dark", graph);
    }

    [Fact]
    public async Task The_SVG_endpoint_renders_as_an_image_and_as_a_document()
    {
        var svg = $"{servers.Data.Origin}/widgets/lineage.svg?{Headline}&lang=ja";
        var url = ReportPage("svg", $"""<img id="i" alt="lineage" src="{svg}">""");
        var (page, _) = await servers.PageAsync();
        await page.GotoAsync(url);
        var image = page.Locator("#i");
        await page.WaitForFunctionAsync("() => document.getElementById('i').complete");
        var natural = await image.EvaluateAsync<int>("i => i.naturalWidth");
        Assert.True(natural > 200, $"the image has width {natural}");
        await WidgetServers.ScreenshotAsync(page, "svg-headline-img", image);

        await page.GotoAsync(svg);
        var texts = await page.Locator("svg text").AllTextContentsAsync();
        Assert.Contains(texts, t => t.Contains("地域結集型", StringComparison.Ordinal));
        Assert.Contains("金属光造形複合加工機", texts);
        await WidgetServers.ScreenshotAsync(page, "svg-headline-document", fullPage: false);

        await page.GotoAsync($"{servers.Data.Origin}/widgets/lineage.svg?from=MEXT&to=METI&lang=en&width=1200");
        Assert.True(await page.Locator("svg .box.program").CountAsync() > 4);
        await WidgetServers.ScreenshotAsync(page, "svg-mext-to-meti-en", fullPage: false);

        var png = ReportPage("png", $"""<img id="p" alt="lineage" src="{servers.Data.Origin}/widgets/lineage.png?from=MEXT&to=METI&mode=flows&lang=ja">""");
        await page.GotoAsync(png);
        await page.WaitForFunctionAsync("() => document.getElementById('p').complete && document.getElementById('p').naturalWidth > 0");
        await WidgetServers.ScreenshotAsync(page, "png-flows-ja", page.Locator("#p"));
    }

    [Fact]
    public async Task The_embed_page_works_inside_an_iframe_on_another_loopback_origin()
    {
        var url = ReportPage("embed", $"""
            <iframe id="f" title="lineage" src="{servers.Data.Origin}/embed/lineage?{Headline}&lang=ja&height=360" width="1100" height="400" style="border:1px solid #ccc"></iframe>
            """);
        Assert.NotEqual(new Uri(url).GetLeftPart(UriPartial.Authority), servers.Data.Origin);
        var (page, _) = await servers.PageAsync();
        await page.GotoAsync(url);
        var graph = page.FrameLocator("#f").Locator("lineage-graph");
        await WaitForDrawnAsync(graph);
        var labels = await graph.Locator("svg .box.program").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))");
        Assert.Contains(labels, l => l.Contains(NewRegionalIndustryTech, StringComparison.Ordinal));
        // The picture fills the frame's width, laid out for it (not a 490 px picture in a 1,100 px frame).
        var drawn = await graph.Locator("svg").EvaluateAsync<double[]>("s => [s.getBoundingClientRect().width, s.viewBox.baseVal.width]");
        Assert.True(drawn[0] >= 1050, $"the picture is {drawn[0]} px wide in a 1,100 px frame");
        Assert.InRange(drawn[1], 1000, 1100);
        await WidgetServers.ScreenshotAsync(page, "embed-iframe-other-origin");
    }

    [Fact]
    public async Task A_program_named_like_a_script_tag_is_shown_as_text_in_all_three_forms()
    {
        const string Script = "<script>alert(1)</script>";
        var (page, dialogs) = await servers.PageAsync();
        await page.GotoAsync($"{servers.Xss.Origin}/widgets");

        // 1. The component (the gallery's first live example).
        var graph = page.Locator("#example-component");
        await WaitForDrawnAsync(graph);
        var shown = string.Join("\n", await graph.Locator("svg .box.program").AllTextContentsAsync());
        Assert.Contains(Script, shown, StringComparison.Ordinal);
        Assert.Equal(0, await graph.Locator("svg script, svg img, svg foreignObject").CountAsync());
        await graph.Locator("svg .box.handoff").First.FocusAsync();
        Assert.Contains("<script>alert(4)</script>", await graph.Locator(".tip").InnerTextAsync(), StringComparison.Ordinal);

        // 2. The SVG as an image (the gallery's) and as a document.
        await page.WaitForFunctionAsync("() => document.getElementById('example-svg').complete && document.getElementById('example-svg').naturalWidth > 0");

        // 3. The embed page in its iframe.
        var embedded = page.FrameLocator("#example-embed").Locator("lineage-graph");
        await WaitForDrawnAsync(embedded);
        Assert.Contains(Script, string.Join("\n", await embedded.Locator("svg .box.program").AllTextContentsAsync()), StringComparison.Ordinal);
        await page.Locator("#example-embed").ScrollIntoViewIfNeededAsync();
        await WidgetServers.ScreenshotAsync(page, "xss-gallery-all-forms");

        await page.GotoAsync($"{servers.Xss.Origin}/widgets/lineage.svg?{Headline}&lang=en");
        var texts = string.Join("\n", await page.Locator("svg .box.program").AllTextContentsAsync());
        Assert.Contains(Script, texts, StringComparison.Ordinal);
        var titles = string.Join("\n", await page.Locator("svg title").AllTextContentsAsync());
        Assert.Contains("\"><img src=x onerror=alert(2)>", titles, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("svg script, svg img").CountAsync());
        await WidgetServers.ScreenshotAsync(page, "xss-svg-document", fullPage: false);

        // The PNG of the same data draws too (its text is pixels, so nothing in it can run).
        var png = await page.GotoAsync($"{servers.Xss.Origin}/widgets/lineage.png?{Headline}&lang=en");
        Assert.Equal("image/png", await png!.HeaderValueAsync("content-type"));

        await page.GotoAsync($"{servers.Xss.Origin}/embed/lineage?from=program:mext-script&lang=en");
        await WaitForDrawnAsync(page.Locator("lineage-graph"));
        await page.WaitForTimeoutAsync(200);
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task An_empty_result_and_a_failed_request_each_say_so()
    {
        var url = ReportPage("messages", $"""
            <script src="{servers.Data.Origin}/widgets/lineage.js"></script>
            <lineage-graph id="empty" from="MOE" to="MLIT" min-stage="COMMERCIALIZED" lang="en"></lineage-graph>
            <lineage-graph id="failed" endpoint="http://127.0.0.1:9/graphql" from="MEXT" lang="en"></lineage-graph>
            <lineage-graph id="bad" from="NOT-A-MINISTRY" lang="ja"></lineage-graph>
            """);
        var (page, _) = await servers.PageAsync();
        await page.GotoAsync(url);
        var empty = page.Locator("#empty .status.empty");
        await empty.WaitForAsync();
        Assert.Contains("No lineage matches", await empty.InnerTextAsync(), StringComparison.Ordinal);
        var failed = page.Locator("#failed .status.error");
        await failed.WaitForAsync();
        Assert.Contains("could not be loaded", await failed.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("alert", await failed.GetAttributeAsync("role"));
        var bad = page.Locator("#bad .status.error");
        await bad.WaitForAsync();
        Assert.Contains("NOT-A-MINISTRY", await bad.InnerTextAsync(), StringComparison.Ordinal);
        await WidgetServers.ScreenshotAsync(page, "component-empty-and-failed");
    }
}
