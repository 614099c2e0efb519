using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Lineage.Widgets.Tests.Infrastructure;

namespace Lineage.Widgets.Tests.Http;

/// <summary>The widget endpoints over HTTP on the real server: status codes, headers, bytes.</summary>
[Collection("widgets")]
public sealed class WidgetHttpTests(WidgetServers servers)
{
    private const string Headline = "/widgets/lineage.svg?from=MEXT&to=METI&minStage=COMMERCIALIZED";

    private HttpClient Client(ServerProcess? server = null) => new() { BaseAddress = (server ?? servers.Data).Address };

    [Fact]
    public async Task The_SVG_is_the_same_bytes_for_the_same_parameters_and_answers_304_to_its_ETag()
    {
        using var http = Client();
        using var first = await http.GetAsync(new Uri(Headline, UriKind.Relative));
        using var second = await http.GetAsync(new Uri(Headline, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/svg+xml", first.Content.Headers.ContentType?.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        XDocument.Parse(Encoding.UTF8.GetString(bytes));

        using var request = new HttpRequestMessage(HttpMethod.Get, Headline);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var cached = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, cached.StatusCode);
    }

    [Theory]
    [InlineData("minStage=DONE", "minStage must be one of")]
    [InlineData("maxHops=12", "maxHops must be between 1 and 8")]
    [InlineData("from=MEXT,MINISTRY-OF-MAGIC", "'MINISTRY-OF-MAGIC'")]
    [InlineData("from=program:no-such-program", "from.programs: there is no program 'program:no-such-program' in the graph")]
    [InlineData("to=agency:nope", "to.agencies: there is no agency 'agency:nope' in the graph")]
    [InlineData("fiscalYearFrom=2010&fiscalYearTo=2001", "is after fiscalYearTo")]
    [InlineData("mode=pie", "mode must be paths or flows")]
    [InlineData("width=12", "width must be between 200 and 4000")]
    [InlineData("minstage=SEED", "unknown parameter 'minstage'")]
    [InlineData("lang=fr&theme=neon", "lang must be ja or en")]
    public async Task Bad_parameters_get_a_400_with_a_message_not_an_empty_picture(string query, string message)
    {
        using var http = Client();
        using var svg = await http.GetAsync(new Uri("/widgets/lineage.svg?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.Contains(message, await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var scene = await http.GetAsync(new Uri("/widgets/lineage.json?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, scene.StatusCode);
        Assert.Contains(message, await scene.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var embed = await http.GetAsync(new Uri("/embed/lineage?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, embed.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(message), await embed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_page_may_be_framed_only_by_the_configured_sites()
    {
        using var http = Client();
        using var response = await http.GetAsync(new Uri("/embed/lineage?from=MEXT&lang=en", UriKind.Relative));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"frame-ancestors 'self' {servers.Site.Origin}", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);

        using var other = Client(servers.Xss);
        using var unconfigured = await other.GetAsync(new Uri("/embed/lineage", UriKind.Relative));
        Assert.Contains("frame-ancestors 'self'", unconfigured.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_answers_CORS_for_the_configured_origins_only()
    {
        using var http = Client();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await http.SendAsync(request);
        }
        using var allowed = await Preflight(servers.Site.Origin);
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(servers.Site.Origin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var refused = await Preflight("http://evil.invalid");
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ ministries { code } }"}""", Encoding.UTF8, "application/json"),
        };
        post.Headers.Add("Origin", servers.Site.Origin);
        post.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/json"));
        using var answer = await http.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(servers.Site.Origin, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task The_component_bundle_and_the_gallery_are_served()
    {
        using var http = Client();
        using var script = await http.GetAsync(new Uri("/widgets/lineage.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lineage-graph", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var gallery = await http.GetStringAsync(new Uri("/widgets", UriKind.Relative));
        Assert.Contains("&lt;lineage-graph", gallery, StringComparison.Ordinal);
        Assert.Contains("/widgets/lineage.svg?", gallery, StringComparison.Ordinal);
        Assert.Contains("/embed/lineage?", gallery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PNG_is_the_same_picture_at_the_width_asked_and_the_same_bytes_each_time()
    {
        using var http = Client();
        const string Url = "/widgets/lineage.png?from=MEXT&to=METI&minStage=COMMERCIALIZED&width=800";
        using var first = await http.GetAsync(new Uri(Url, UriKind.Relative));
        using var second = await http.GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4))); // IHDR width
        Assert.Equal(bytes, await second.Content.ReadAsByteArrayAsync());
        using var bad = await http.GetAsync(new Uri("/widgets/lineage.png?maxHops=99", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_scene_the_component_draws_is_served_as_JSON_readable_from_any_site()
    {
        using var http = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widgets/lineage.json?from=MEXT&to=METI&minStage=COMMERCIALIZED&lang=en&width=720");
        request.Headers.Add("Origin", "http://reports.example.org");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var scene = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(720, scene.RootElement.GetProperty("width").GetDouble());
        Assert.Equal("paths", scene.RootElement.GetProperty("kind").GetString());
        var handOff = scene.RootElement.GetProperty("boxes").EnumerateArray().Single(b => b.GetProperty("kind").GetString() == "handoff");
        Assert.Equal("Metal laser-sintering hybrid milling machine", handOff.GetProperty("evidence")[0].GetProperty("seed").GetString());
        Assert.NotEmpty(handOff.GetProperty("evidence")[0].GetProperty("quotes").EnumerateArray());
    }

    [Fact]
    public async Task Another_process_draws_the_same_bytes_from_the_same_data()
    {
        // The server is its own process; this test renders the same question here, from its own store of data/.
        var directory = Directory.CreateTempSubdirectory("lineage-determinism-").FullName;
        try
        {
            var store = new Lineage.Store.Sqlite.SqliteStore(Microsoft.Extensions.Options.Options.Create(new Lineage.Store.Sqlite.SqliteStoreOptions { Path = Path.Combine(directory, "data.db") }));
            await store.InitializeAsync(CancellationToken.None);
            await store.ImportAsync(Lineage.Core.Datasets.DatasetLoader.LoadDirectory(Lineage.Tests.RepoPaths.Data), CancellationToken.None);
            const string Query = "from=CAO,MIC,MEXT,MHLW,MAFF,METI,MLIT,MOE&to=CAO,MIC,MEXT,MHLW,MAFF,METI,MLIT,MOE&lang=ja&theme=dark&width=1200";
            var request = Lineage.Server.Widgets.WidgetRequest.Parse(Query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(p[0], p[1])));
            var here = Lineage.Rendering.Output.SvgWriter.Write(Lineage.Rendering.Scenes.Pictures.Scene(
                await Lineage.Rendering.Loading.PictureLoader.LoadAsync(store, store, request.Question, CancellationToken.None)));
            using var http = Client();
            var there = await http.GetByteArrayAsync(new Uri("/widgets/lineage.svg?" + Query, UriKind.Relative));
            Assert.Equal(here, there);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }
}
