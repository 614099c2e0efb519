using System.Text;
using System.Xml.Linq;
using Lineage.Core.Datasets;
using Lineage.Core.Store;
using Lineage.Server.Widgets;
using Lineage.Store.Sqlite;
using Lineage.Tests;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Lineage.Widgets.Tests.Svg;

/// <summary>The static picture, straight from the store port: no HTTP, no browser.</summary>
public sealed class SvgRendererTests : IAsyncLifetime
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-svg-").FullName;
    private ILineageStore _data = null!;
    private ILineageStore _xss = null!;

    public async Task InitializeAsync()
    {
        _data = await StoreOf(RepoPaths.Data, "data.db");
        _xss = await StoreOf(Path.Combine(RepoPaths.Fixtures, "xss"), "xss.db");
    }

    private async Task<ILineageStore> StoreOf(string dataset, string file)
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, file) }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(DatasetLoader.LoadDirectory(dataset), CancellationToken.None);
        return store;
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private static WidgetRequest Request(string query) =>
        WidgetRequest.Parse(query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, StringValues>(p[0], p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "")));

    private static async Task<(byte[] Bytes, XDocument Doc)> Draw(ILineageStore store, string query)
    {
        var request = Request(query);
        var bytes = SvgRenderer.Render(await WidgetGraph.LoadAsync(store, request, CancellationToken.None, store as Lineage.Core.Flows.IFlowQueries), request);
        return (bytes, XDocument.Parse(Encoding.UTF8.GetString(bytes)));
    }

    private static List<string> Texts(XDocument doc) =>
        doc.Descendants(Svg + "text").Select(t => t.Value).ToList();

    [Fact]
    public async Task The_headline_picture_names_the_regional_joint_research_program_and_its_METI_successor()
    {
        var (_, doc) = await Draw(_data, "from=MEXT&to=METI&minStage=COMMERCIALIZED");
        var ids = doc.Descendants(Svg + "g").Select(g => (string?)g.Attribute("data-program-id")).OfType<string>().ToList();
        Assert.Contains("program:jst-regional-joint-research", ids);
        Assert.Contains("program:meti-new-regional-industry-tech", ids);
        var titles = doc.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Contains(titles, t => t.StartsWith("地域結集型共同研究事業", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("地域新規産業創造技術開発費補助事業", StringComparison.Ordinal));
        Assert.Contains(Texts(doc), t => t.Contains("事業化", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transfers_are_labelled_with_their_stage_and_fiscal_years()
    {
        var (_, doc) = await Draw(_data, "from=MEXT&to=METI&lang=en");
        var labels = doc.Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "middle").Select(t => t.Value).ToList();
        Assert.Contains(labels, l => System.Text.RegularExpressions.Regex.IsMatch(l, @" · FY\d{4}"));
        Assert.All(labels, l => Assert.Matches(@"^(×\d+ · )?(Seed|Joint research|Prototype|Practical use|Commercialized)( · FY\d{4}(–\d{4})?)?$", l));
    }

    [Fact]
    public async Task The_same_data_and_parameters_give_the_same_bytes()
    {
        var (first, _) = await Draw(_data, "from=MEXT&to=METI&lang=en&mode=flows&width=900&theme=dark");
        var (second, _) = await Draw(_data, "from=MEXT&to=METI&lang=en&mode=flows&width=900&theme=dark");
        Assert.Equal(first, second);
        var (paths, _) = await Draw(_data, "from=MEXT&to=METI&lang=en");
        Assert.NotEqual(first, paths);
    }

    [Fact]
    public async Task Every_text_is_escaped_so_a_script_tag_in_a_name_is_only_text()
    {
        var (bytes, doc) = await Draw(_xss, "from=MEXT&to=METI");
        var xml = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<script", xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", xml, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(doc.Descendants(Svg + "script"));
        var texts = Texts(doc);
        Assert.Contains(texts, t => t.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(Svg + "title"), t => t.Value.StartsWith("\"><img src=x onerror=alert(2)>", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(Svg + "title"), t => t.Value.Contains("<script>alert(4)</script> & ]]> --> quoted", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(Svg + "desc"), d => d.Value.Contains("</text><script>alert(3)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_picture_asks_for_Japanese_fonts_first_and_is_self_contained()
    {
        var (bytes, doc) = await Draw(_data, "from=MEXT&to=METI&minStage=COMMERCIALIZED");
        var family = (string?)doc.Root!.Attribute("font-family");
        Assert.StartsWith("'Noto Sans CJK JP'", family, StringComparison.Ordinal);
        Assert.Contains("'Hiragino Sans'", family, StringComparison.Ordinal);
        Assert.Contains("'Yu Gothic'", family, StringComparison.Ordinal);
        Assert.EndsWith("sans-serif", family, StringComparison.Ordinal);
        var xml = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("http://", xml.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_mode_draws_one_bar_per_program_and_bands_as_wide_as_their_seeds()
    {
        var (_, doc) = await Draw(_data, "from=MEXT&to=METI&mode=flows");
        Assert.Equal("flows", (string?)doc.Root!.Attribute("class"));
        var nodes = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").ToList();
        Assert.NotEmpty(nodes);
        var widths = doc.Descendants(Svg + "path").Select(p => (string?)p.Attribute("stroke-width")).OfType<string>()
            .Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var links = doc.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "link");
        Assert.True(links >= 2);
        Assert.Equal(links, widths.Count);
        Assert.All(widths, w => Assert.True(w >= 1));
        var bars = nodes.Select(n => double.Parse((string)n.Element(Svg + "rect")!.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(bars.Distinct().Count() > 1, "a program that hands on or receives more seeds has a taller bar");
    }

    [Fact]
    public async Task The_PNG_is_the_same_layout_and_the_same_bytes_for_the_same_input()
    {
        var request = Request("from=MEXT&to=METI&lang=ja&theme=dark");
        var graph = await WidgetGraph.LoadAsync(_data, request, CancellationToken.None);
        var first = PngRenderer.Render(graph, request);
        Assert.Equal(first, PngRenderer.Render(graph, request));
        var layout = WidgetLayout.Paths(graph, WidgetText.Ja, WidgetText.Ja.Caption(request, graph.Total));
        Assert.Equal(layout.Width * PngRenderer.DefaultScale, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(16, 4)));
        var empty = Request("from=MOE&to=MLIT&minStage=COMMERCIALIZED");
        Assert.True(PngRenderer.Render(await WidgetGraph.LoadAsync(_data, empty, CancellationToken.None), empty).Length > 100);
    }

    [Fact]
    public async Task An_empty_answer_is_a_picture_that_says_so_in_the_language_asked()
    {
        var (_, en) = await Draw(_xss, "from=METI&to=MEXT&lang=en");
        Assert.Contains("No lineage matches these settings.", Texts(en));
        var (_, ja) = await Draw(_xss, "from=METI&to=MEXT");
        Assert.Contains("条件に合う系譜はありません。", Texts(ja));
    }

    [Fact]
    public async Task Width_scales_the_picture_and_keeps_its_proportions()
    {
        var (_, doc) = await Draw(_data, "from=MEXT&to=METI&minStage=COMMERCIALIZED&width=600");
        Assert.Equal("600", (string?)doc.Root!.Attribute("width"));
        var box = ((string)doc.Root.Attribute("viewBox")!).Split(' ').Select(double.Parse).ToArray();
        var height = double.Parse((string)doc.Root.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Math.Ceiling(box[3] * 600 / box[2]), height);
    }
}
