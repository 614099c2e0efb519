using System.Text;
using System.Xml.Linq;
using Lineage.Core.Datasets;
using Lineage.Core.Flows;
using Lineage.Core.Store;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Output;
using Lineage.Rendering.Scenes;
using Lineage.Server.Widgets;
using Lineage.Store.Sqlite;
using Lineage.Tests;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Lineage.Widgets.Tests.Svg;

/// <summary>The static picture from a request, as the endpoint draws it (request → question → scene → SVG): no HTTP, no browser.</summary>
public sealed class SvgRendererTests : IAsyncLifetime
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-svg-").FullName;
    private SqliteStore _data = null!;
    private SqliteStore _xss = null!;

    public async Task InitializeAsync()
    {
        _data = await StoreOf(RepoPaths.Data, "data.db");
        _xss = await StoreOf(Path.Combine(RepoPaths.Fixtures, "xss"), "xss.db");
    }

    private async Task<SqliteStore> StoreOf(string dataset, string file)
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

    private static async Task<(byte[] Bytes, XDocument Doc)> Draw<T>(T store, string query) where T : ILineageStore, IFlowQueries
    {
        var request = Request(query);
        var bytes = SvgWriter.Write(Pictures.Scene(await PictureLoader.LoadAsync(store, store, request.Question, CancellationToken.None)));
        return (bytes, XDocument.Parse(Encoding.UTF8.GetString(bytes)));
    }

    /// <summary>Each box's text as one string (a long name wraps over several lines).</summary>
    private static List<string> BoxTexts(XDocument doc) =>
        doc.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? "").StartsWith("box", StringComparison.Ordinal))
            .Select(g => string.Concat(g.Elements(Svg + "text").Select(t => t.Value))).ToList();

    [Fact]
    public async Task Every_text_is_escaped_so_a_script_tag_in_a_name_is_only_text()
    {
        var (bytes, doc) = await Draw(_xss, "from=MEXT&to=METI");
        var xml = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<script", xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", xml, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(doc.Descendants(Svg + "script"));
        Assert.Contains(BoxTexts(doc), t => t.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
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
    public async Task The_width_asked_is_the_width_the_picture_is_laid_out_at()
    {
        var (_, doc) = await Draw(_data, "from=MEXT&to=METI&minStage=COMMERCIALIZED&width=600");
        Assert.Equal("600", (string?)doc.Root!.Attribute("width"));
        Assert.StartsWith("0 0 600 ", (string?)doc.Root.Attribute("viewBox"), StringComparison.Ordinal);
        var (_, wide) = await Draw(_data, "from=MEXT&to=METI&minStage=COMMERCIALIZED&width=1600");
        Assert.Equal("1600", (string?)wide.Root!.Attribute("width"));
    }

    [Fact]
    public async Task An_empty_answer_is_a_picture_that_says_so_in_the_language_asked()
    {
        var (_, en) = await Draw(_xss, "from=METI&to=MEXT&lang=en");
        Assert.Contains("No lineage matches these settings.", BoxTexts(en));
        var (_, ja) = await Draw(_xss, "from=METI&to=MEXT");
        Assert.Contains("条件に合う系譜はありません。", BoxTexts(ja));
    }
}
