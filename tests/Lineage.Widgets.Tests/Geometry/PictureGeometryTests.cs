using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Tests;
using Lineage.Widgets.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lineage.Widgets.Tests.Geometry;

/// <summary>
/// The corpus: every question below × Japanese and English × widths 480, 960 and 1,600 (light and dark
/// alternating, so each question is drawn in both) as the SVG endpoint serves it, plus the component drawing
/// some of them on a report page — each checked in Chromium by <see cref="GeometryRules"/> against what the
/// data files say (program names) and what GraphQL answers (the seeds of each path). One browser, one page.
/// Screenshots: artifacts/widgets/corpus/ (or $LINEAGE_ARTIFACTS/widgets/corpus/).
/// </summary>
[Collection("widgets")]
public sealed partial class PictureGeometryTests(WidgetServers servers)
{
    private const string Every = "CAO,MIC,MEXT,MHLW,MAFF,METI,MLIT,MOE";

    private static readonly (string Name, string Query)[] Questions =
    [
        ("headline", "from=MEXT&to=METI&minStage=COMMERCIALIZED"),
        ("mext-meti", "from=MEXT&to=METI"),
        ("all-ministries", $"from={Every}&to={Every}"),
        ("hamamatsu", "from=region:hamamatsu"),
        ("flows-mext-meti", "mode=flows&from=MEXT&to=METI"),
        ("flows-all-ministries", $"mode=flows&from={Every}&to={Every}"),
    ];

    private static readonly string Measure = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Geometry", "measure.js"));
    private static readonly Dataset Data = DatasetLoader.LoadDirectory(RepoPaths.Data);
    private static readonly string Screenshots = Directory.CreateDirectory(Path.Combine(WidgetServers.Artifacts, "corpus")).FullName;

    [Fact]
    public async Task Every_picture_of_the_corpus_keeps_its_text_in_its_boxes_names_its_programs_and_seeds_and_meets_contrast_and_kinsoku()
    {
        var (page, dialogs) = await servers.PageAsync();
        var problems = new List<string>();
        var drawn = 0;
        for (var q = 0; q < Questions.Length; q++)
        {
            var (question, query) = Questions[q];
            foreach (var (lang, l) in new[] { ("ja", 0), ("en", 1) })
            {
                var seeds = query.Contains("mode=flows", StringComparison.Ordinal) ? [] : await SeedsAsync(query, lang);
                var names = Data.Programs.ToDictionary(p => p.Id, p => p.Name.In(lang == "en" ? Language.En : Language.Ja));
                foreach (var (width, w) in new[] { (480, 0), (960, 1), (1600, 2) })
                {
                    var theme = (l + w) % 2 == 0 ? "light" : "dark";
                    var name = $"{question}-{lang}-{theme}-{width}";
                    await page.SetViewportSizeAsync(width, 900);
                    var response = await page.GotoAsync($"{servers.Data.Origin}/widgets/lineage.svg?{query}&lang={lang}&theme={theme}&width={width}");
                    Assert.Equal(200, response!.Status);
                    var picture = Read(await page.EvaluateAsync<string>($"() => JSON.stringify(({Measure})(document.documentElement))"));
                    problems.AddRange(GeometryRules.Check(name, picture, names, seeds));
                    if (query.Contains("mode=flows", StringComparison.Ordinal)) problems.AddRange(FlowNumbers(name, picture, lang));
                    await page.SetViewportSizeAsync(width, (int)Math.Min(Math.Ceiling(picture.Height), 8000));
                    await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png") });
                    drawn++;
                }
            }
        }

        // The component draws the same scenes at its own width; the same rules hold for what it drew.
        foreach (var (question, query, lang, theme, width) in new[]
        {
            ("all-ministries", $"from=\"{Every}\" to=\"{Every}\"", "ja", "dark", 960),
            ("flows-mext-meti", "from=\"MEXT\" to=\"METI\" mode=\"flows\"", "en", "light", 480),
            ("headline", "from=\"MEXT\" to=\"METI\" min-stage=\"COMMERCIALIZED\"", "en", "light", 1600),
        })
        {
            var name = $"component-{question}-{lang}-{theme}-{width}";
            var url = servers.Site.Add($"/corpus-{name}.html", $"""
                <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{name}</title></head>
                <body style="margin:0"><script src="{servers.Data.Origin}/widgets/lineage.js"></script>
                <lineage-graph id="g" {query} lang="{lang}" theme="{theme}"></lineage-graph></body></html>
                """);
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(url);
            var graph = page.Locator("#g");
            await graph.Locator("svg .box.program").First.WaitForAsync();
            var picture = Read(await graph.Locator("svg").EvaluateAsync<string>($"s => JSON.stringify(({Measure})(s))"));
            var queryString = string.Join("&", Regex.Matches(query, "([a-z-]+)=\"([^\"]*)\"").Select(m => $"{Param(m.Groups[1].Value)}={m.Groups[2].Value}"));
            var seeds = query.Contains("flows", StringComparison.Ordinal) ? [] : await SeedsAsync(queryString, lang);
            var names = Data.Programs.ToDictionary(p => p.Id, p => p.Name.In(lang == "en" ? Language.En : Language.Ja));
            problems.AddRange(GeometryRules.Check(name, picture, names, seeds));
            if (picture.DrawnWidth < width - 1) problems.Add($"{name}: the component drew {picture.DrawnWidth} px in a {width} px page");
            if (Math.Abs(picture.Width - width) > WidthStep) problems.Add($"{name}: laid out at {picture.Width}, not at the page's {width}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
            drawn++;
        }

        Assert.True(drawn >= 24, $"the corpus has {drawn} pictures");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {drawn} pictures (screenshots in {Screenshots}):\n" + string.Join("\n", problems.Take(40)));
        Assert.Empty(dialogs);
    }

    private const int WidthStep = 40;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static Drawn Read(string json) => JsonSerializer.Deserialize<Drawn>(json, Json)!;

    private static string Param(string attribute) => attribute switch { "min-stage" => "minStage", _ => attribute };

    /// <summary>
    /// Flows: each cohort's total is printed once, on its own box; the title counts each seed once; and the numbers
    /// printed add up to what the data gives pair by pair (a seed that went on twice is on two bands, a cohort on one).
    /// </summary>
    private static IEnumerable<string> FlowNumbers(string name, Drawn d, string lang)
    {
        var seeds = lang == "en" ? EnSeeds() : JaSeeds();
        var title = lang == "en" ? EnTitle().Match(d.Title) : JaTitle().Match(d.Title);
        if (!title.Success) { yield return $"{name}: the title '{d.Title}' does not count seeds and hand-offs"; yield break; }
        var printed = d.Boxes.Where(b => b.Kind is "handoff" or "cohort")
            .Select(b => d.Texts.First(t => t.Box == b.Id).Text)
            .Select(t => seeds.Match(t)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var total = int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var all = name.Contains("all-ministries", StringComparison.Ordinal);
        // MEXT → METI worked out by hand in FlowsPictureTests (33, no seed on two of its bands); every ministry from data/.
        var distinct = all
            ? Data.Transfers.Where(t => t.Cohort is null && t.Project is not null).Select(t => t.Project).Distinct().Count()
              + Data.Transfers.Where(t => t.Cohort is null && t.Project is null).Sum(t => t.Count ?? 1) + Data.Cohorts.Sum(c => c.Total)
            : 33;
        var perPair = all
            ? Data.Transfers.Where(t => t.Cohort is null).GroupBy(t => (t.From, t.To))
                .Sum(g => g.Where(t => t.Project is not null).Select(t => t.Project).Distinct().Count() + g.Where(t => t.Project is null).Sum(t => t.Count ?? 1))
              + Data.Cohorts.Sum(c => c.Total)
            : 33;
        if (total != distinct) yield return $"{name}: the title counts {total} seeds, the data has {distinct}";
        if (printed.Sum() != perPair) yield return $"{name}: the printed numbers add up to {printed.Sum()}, the data pair by pair to {perPair}";
        foreach (var c in Data.Cohorts)
            if (printed.Count(n => n == c.Total) != 1) yield return $"{name}: the cohort total {c.Total} is printed {printed.Count(n => n == c.Total)} times";
    }

    /// <summary>The seeds of the question's paths, as GraphQL answers them (not the renderer): their names in the language asked.</summary>
    private async Task<IReadOnlyList<string>> SeedsAsync(string query, string lang)
    {
        var args = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        static string Selector(string? value)
        {
            if (value is null) return "{}";
            var tokens = value.Split(',');
            var ministries = tokens.Where(t => !t.Contains(':', StringComparison.Ordinal)).ToList();
            var regions = tokens.Where(t => t.StartsWith("region:", StringComparison.Ordinal)).Select(t => $"\"{t}\"").ToList();
            return $"{{ministries: [{string.Join(",", ministries)}], regions: [{string.Join(",", regions)}]}}";
        }
        var min = args.TryGetValue("minStage", out var s) ? $", minStage: {s}" : "";
        var gql = $"{{ lineage(from: {Selector(args.GetValueOrDefault("from"))}, to: {Selector(args.GetValueOrDefault("to"))}{min}, first: 100) {{ nodes {{ project {{ name(lang: {lang.ToUpperInvariant()}) }} }} }} }}";
        using var http = new HttpClient { BaseAddress = servers.Data.Address };
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = gql });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return body.RootElement.GetProperty("data").GetProperty("lineage").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("project")).Where(p => p.ValueKind == JsonValueKind.Object)
            .Select(p => p.GetProperty("name").GetString()!).Distinct().ToList();
    }

    [GeneratedRegex(@"^(\d+) seeds?\b")]
    private static partial Regex EnSeeds();

    [GeneratedRegex(@"^シーズ(\d+)件")]
    private static partial Regex JaSeeds();

    [GeneratedRegex(@"(\d+) seeds? in (\d+) hand-offs?$")]
    private static partial Regex EnTitle();

    [GeneratedRegex(@"シーズ(\d+)件（移行(\d+)件）$")]
    private static partial Regex JaTitle();
}
