using System.Net;
using System.Text.Json.Nodes;
using Lineage.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace Lineage.Server.Tests.Caching;

/// <summary>
/// The response cache over HTTP: what an import changes is never answered from before it, on /graphql and the widgets,
/// whoever imported; validators (ETag, 304, Cache-Control); the setting that turns it off; what is never kept.
/// </summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-cache-").FullName;

    // tiny's MEXT → METI COMMERCIALIZED seed goes s1-a then s1-b (tests/Fixtures/lineage-cases.json); without s1-b the
    // seed no longer reaches METI commercialized, so the answer must change.
    private static readonly JsonObject Headline = new()
    {
        ["from"] = new JsonObject { ["ministries"] = new JsonArray("MEXT") },
        ["to"] = new JsonObject { ["ministries"] = new JsonArray("METI") },
        ["minStage"] = "COMMERCIALIZED",
    };

    private const string Widget = "/widgets/lineage.json?from=MEXT&to=METI&minStage=COMMERCIALIZED";

    private static string Lineage => LineageApp.Query("cached-lineage");

    private static LineageApp App(string dataDirectory, bool cache = true, Action<CountingStore>? counting = null) => new()
    {
        DataDirectory = dataDirectory,
        Settings = new Dictionary<string, string> { ["Lineage:Cache:Enabled"] = cache ? "true" : "false" },
        ReplaceServices = counting is null ? null : CountingStore.Around(counting),
    };

    /// <summary>The answer a server that never saw the old data gives, with no cache at all: what must be served after the import.</summary>
    private static async Task<(byte[] GraphQL, byte[] Widget)> FreshAnswersAsync(string dataDirectory)
    {
        using var fresh = App(dataDirectory, cache: false);
        using var client = fresh.CreateClient();
        var (_, graphql) = await FixtureData.PostAsync(client, Lineage, Headline);
        return (graphql, await client.GetByteArrayAsync(new Uri(Widget, UriKind.Relative)));
    }

    private static async Task<string> DataVersionAsync(string databasePath)
    {
        using var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = databasePath }));
        return await store.GetDataVersionAsync(CancellationToken.None);
    }

    [Fact]
    public async Task After_the_CLI_imports_into_the_served_file_from_another_process_no_answer_from_before_is_served()
    {
        using var app = App(FixtureData.Fixture("tiny"));
        using var client = app.CreateClient();
        var (_, before) = await FixtureData.PostAsync(client, Lineage, Headline);
        var (_, again) = await FixtureData.PostAsync(client, Lineage, Headline);
        var widgetBefore = await client.GetByteArrayAsync(new Uri(Widget, UriKind.Relative));
        Assert.Equal(before, again);
        Assert.Contains("transfer:s1-b", FixtureData.Text(before), StringComparison.Ordinal);
        var versionBefore = await DataVersionAsync(app.DatabasePath);

        var changed = FixtureData.FixtureWithout("tiny", _dir, "transfer:s1-b");
        var (exit, output, errors) = await CliProcess.RunAsync(["import", changed, "--Lineage:Sqlite:Path=" + app.DatabasePath]);
        Assert.True(exit == 0, output + errors);

        Assert.NotEqual(versionBefore, await DataVersionAsync(app.DatabasePath));
        var (expected, expectedWidget) = await FreshAnswersAsync(changed);
        var (_, after) = await FixtureData.PostAsync(client, Lineage, Headline);
        Assert.DoesNotContain("transfer:s1-b", FixtureData.Text(after), StringComparison.Ordinal);
        Assert.Equal(FixtureData.Text(expected), FixtureData.Text(after));
        var widgetAfter = await client.GetByteArrayAsync(new Uri(Widget, UriKind.Relative));
        Assert.NotEqual(widgetBefore, widgetAfter);
        Assert.Equal(expectedWidget, widgetAfter);
    }

    [Fact]
    public async Task After_a_second_store_object_imports_into_the_same_file_GET_answers_and_pictures_are_the_new_ones_with_new_ETags()
    {
        using var app = App(FixtureData.Fixture("tiny"));
        using var client = app.CreateClient();
        var get = FixtureData.GetUri(Lineage, Headline);
        using var graphqlBefore = await client.GetAsync(new Uri(get, UriKind.Relative));
        using var widgetBefore = await client.GetAsync(new Uri(Widget, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, graphqlBefore.StatusCode);

        var changed = FixtureData.FixtureWithout("tiny", _dir, "transfer:s1-b");
        var (exit, output, errors) = await InProcessCli.RunAsync("import", changed, "--Lineage:Sqlite:Path=" + app.DatabasePath);
        Assert.True(exit == 0, output + errors);

        var (expected, expectedWidget) = await FreshAnswersAsync(changed);
        // A client revalidating with the old ETag gets the new answer, not a 304.
        using var graphqlAfter = await client.SendAsync(Revalidate(get, graphqlBefore));
        using var widgetAfter = await client.SendAsync(Revalidate(Widget, widgetBefore));
        Assert.Equal(HttpStatusCode.OK, graphqlAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, widgetAfter.StatusCode);
        Assert.NotEqual(graphqlBefore.Headers.ETag, graphqlAfter.Headers.ETag);
        Assert.NotEqual(widgetBefore.Headers.ETag, widgetAfter.Headers.ETag);
        Assert.Equal(expectedWidget, await widgetAfter.Content.ReadAsByteArrayAsync());
        var answer = FixtureData.Parse(await graphqlAfter.Content.ReadAsByteArrayAsync());
        Assert.Equal(FixtureData.Parse(expected)["data"]!.ToJsonString(), answer["data"]!.ToJsonString());
    }

    private static HttpRequestMessage Revalidate(string uri, HttpResponseMessage earlier)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag!);
        return request;
    }

    [Fact]
    public async Task A_GET_answer_has_a_strong_ETag_of_its_bytes_and_If_None_Match_with_it_is_a_304_without_a_body()
    {
        using var app = App(FixtureData.Fixture("tiny"));
        using var client = app.CreateClient();
        var get = FixtureData.GetUri(Lineage, Headline);

        using var first = await client.GetAsync(new Uri(get, UriKind.Relative));
        var body = await first.Content.ReadAsByteArrayAsync();
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        // The tag is the SHA-256 of the bytes sent (its first 128 bits), worked out here from the body itself.
        Assert.Equal($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..32]}\"", etag.Tag);
        Assert.Contains("Accept", first.Headers.Vary);

        using var listed = new HttpRequestMessage(HttpMethod.Get, get);
        listed.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", W/{etag.Tag}");
        using var notModified = await client.SendAsync(listed);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var stale = new HttpRequestMessage(HttpMethod.Get, get);
        stale.Headers.TryAddWithoutValidation("If-None-Match", "\"0123456789abcdef0123456789abcdef\"");
        using var full = await client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(body, await full.Content.ReadAsByteArrayAsync());

        var (post, _) = await FixtureData.PostAsync(client, Lineage, Headline);
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task Widget_pictures_may_be_kept_for_a_minute_by_anyone_and_revalidate_to_a_304()
    {
        using var app = App(FixtureData.Fixture("tiny"));
        using var client = app.CreateClient();
        using var first = await client.GetAsync(new Uri(Widget, UriKind.Relative));
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl.MaxAge);

        using var revalidated = await client.SendAsync(Revalidate(Widget, first));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    public async Task With_the_cache_on_a_repeated_question_is_answered_once_by_the_store_and_with_it_off_every_time(bool enabled, int storeCalls)
    {
        CountingStore? store = null;
        using var app = App(FixtureData.Fixture("tiny"), enabled, s => store = s);
        using var client = app.CreateClient();
        var answers = new List<string>();
        for (var i = 0; i < 3; i++) answers.Add(FixtureData.Text((await FixtureData.PostAsync(client, Lineage, Headline)).Body));

        Assert.Single(answers.Distinct());
        Assert.Equal(storeCalls, store!.LineageCalls);
    }

    [Fact]
    public async Task A_store_that_is_down_is_not_remembered_the_next_request_gets_the_answer()
    {
        CountingStore? store = null;
        using var app = App(FixtureData.Fixture("tiny"), counting: s => store = s);
        using var client = app.CreateClient();
        _ = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        store!.FailNext(1);

        var (_, failed) = await FixtureData.PostAsync(client, Lineage, Headline);
        var (ok, answer) = await FixtureData.PostAsync(client, Lineage, Headline);

        Assert.Equal("STORE_UNAVAILABLE", (string?)FixtureData.Parse(failed)["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Null(FixtureData.Parse(answer)["errors"]);
        Assert.Contains("transfer:s1-b", FixtureData.Text(answer), StringComparison.Ordinal);
        Assert.Equal(2, store.LineageCalls);
    }

    [Fact]
    public async Task A_document_answered_before_is_still_checked_against_new_variables_and_against_GET()
    {
        using var app = App(FixtureData.Fixture("tiny"));
        using var client = app.CreateClient();
        var (good, _) = await FixtureData.PostAsync(client, Lineage, Headline);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);

        // The same document again, now with a variable of the wrong type: GraphQL's coercion error, a 400.
        var (bad, body) = await FixtureData.PostAsync(client, Lineage, new JsonObject { ["maxHops"] = "four" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Null(FixtureData.Parse(body)["data"]);

        // A document answered over POST, then over GET (which adds its queries-only rule to what a known document runs).
        var query = "query Ministries { ministries { id } }";
        Assert.Equal(HttpStatusCode.OK, (await FixtureData.PostAsync(client, query)).Response.StatusCode);
        using var viaGet = await client.GetAsync(new Uri(FixtureData.GetUri(query), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, viaGet.StatusCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
