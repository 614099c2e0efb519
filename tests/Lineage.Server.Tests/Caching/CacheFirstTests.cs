using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Lineage.Server.Tests.Caching;

/// <summary>
/// Kept answers served before routing, over real connections (Kestrel, not the in-memory test server, which hands the
/// body over later): a request that came whole is answered from the cache with the endpoint's own bytes and headers;
/// one whose body is still on its way, one from another origin and one the endpoint would refuse go the long way and
/// get what the endpoint gives them.
/// </summary>
public sealed class CacheFirstTests : IDisposable
{
    private static readonly string Body = JsonSerializer.Serialize(new
    {
        query = LineageApp.Query("cached-lineage"),
        variables = new { from = new { ministries = new[] { "MEXT" } }, to = new { ministries = new[] { "METI" } }, minStage = "COMMERCIALIZED" },
    });

    private const string Origin = "https://reports.example.org";

    private CountingStore? _store;
    private readonly LineageApp _app;
    private readonly Uri _address;

    public CacheFirstTests()
    {
        _app = new LineageApp
        {
            DataDirectory = FixtureData.Fixture("tiny"),
            Settings = new Dictionary<string, string> { ["Lineage:Cache:Enabled"] = "true", ["Lineage:Widgets:CorsOrigins:0"] = Origin },
            ReplaceServices = CountingStore.Around(s => _store = s),
        };
        _app.UseKestrel(0);
        _app.StartServer();
        using var client = _app.CreateClient();
        _address = client.BaseAddress!;
    }

    private sealed record Reply(int Status, Dictionary<string, string> Headers, string Body);

    /// <summary>One request on its own connection, its head and body written as told: in one piece, or the body after a pause.</summary>
    private async Task<Reply> SendAsync(string method, string target, string? body = null, string contentType = "application/json",
        string accept = "application/graphql-response+json", string? origin = null, string? ifNoneMatch = null, TimeSpan? bodyLater = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_address.Host, _address.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: {_address.Authority}\r\nAccept: {accept}\r\nConnection: close\r\n"));
        if (origin is not null) head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Origin: {origin}\r\n");
        if (ifNoneMatch is not null) head.Append(System.Globalization.CultureInfo.InvariantCulture, $"If-None-Match: {ifNoneMatch}\r\n");
        var content = body is null ? [] : Encoding.UTF8.GetBytes(body);
        if (body is not null) head.Append(System.Globalization.CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\nContent-Length: {content.Length}\r\n");
        head.Append("\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        if (bodyLater is { } pause)
        {
            await stream.WriteAsync(headBytes);
            await stream.FlushAsync();
            await Task.Delay(pause);
            await stream.WriteAsync(content);
        }
        else await stream.WriteAsync(headBytes.Concat(content).ToArray());

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = text[..split].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new Reply(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, text[(split + 4)..]);
    }

    [Fact]
    public async Task A_question_asked_again_in_one_piece_is_answered_from_the_cache_with_the_same_bytes_and_headers()
    {
        var first = await SendAsync("POST", "/graphql", Body);
        var second = await SendAsync("POST", "/graphql", Body);
        var third = await SendAsync("POST", "/graphql", Body);

        Assert.Equal(200, first.Status);
        Assert.Contains("COMMERCIALIZED", first.Body, StringComparison.Ordinal);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, third.Body);
        Assert.Equal(first.Headers["Content-Type"], third.Headers["Content-Type"]);
        Assert.Equal("nosniff", third.Headers["X-Content-Type-Options"]); // the security headers of every response
        Assert.Equal(1, _store!.LineageCalls);
    }

    [Fact]
    public async Task A_GET_asked_again_is_answered_from_the_cache_with_its_ETag_and_a_304_for_it()
    {
        var target = "/graphql?query=" + Uri.EscapeDataString("{ programs(first: 2) { nodes { id } } }");
        var first = await SendAsync("GET", target);
        var second = await SendAsync("GET", target);
        var revalidated = await SendAsync("GET", target, ifNoneMatch: second.Headers["ETag"]);

        Assert.Equal(200, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Headers["ETag"], second.Headers["ETag"]);
        Assert.Equal("Accept", second.Headers["Vary"]);
        Assert.Equal(304, revalidated.Status);
        Assert.Equal("", revalidated.Body);
    }

    [Fact]
    public async Task A_body_that_arrives_after_its_headers_is_read_whole_and_answered_like_one_that_came_with_them()
    {
        var whole = await SendAsync("POST", "/graphql", Body);
        var late = await SendAsync("POST", "/graphql", Body, bodyLater: TimeSpan.FromMilliseconds(300));
        Assert.Equal(200, late.Status);
        Assert.Equal(whole.Body, late.Body);
        Assert.Equal(1, _store!.LineageCalls); // the endpoint asked the cache too
    }

    [Fact]
    public async Task A_kept_answer_asked_for_from_another_site_carries_that_sites_CORS_header_and_only_for_an_allowed_one()
    {
        await SendAsync("POST", "/graphql", Body);
        var allowed = await SendAsync("POST", "/graphql", Body, origin: Origin);
        var other = await SendAsync("POST", "/graphql", Body, origin: "https://elsewhere.example.net");

        Assert.Equal(200, allowed.Status);
        Assert.Equal(Origin, allowed.Headers["Access-Control-Allow-Origin"]);
        Assert.False(other.Headers.ContainsKey("Access-Control-Allow-Origin"));
        Assert.Equal(1, _store!.LineageCalls);
    }

    [Fact]
    public async Task A_kept_question_sent_as_a_request_the_endpoint_refuses_is_refused()
    {
        var kept = await SendAsync("POST", "/graphql", Body);
        var plain = await SendAsync("POST", "/graphql", Body, contentType: "text/plain");
        var unacceptable = await SendAsync("POST", "/graphql", Body, accept: "text/csv");

        Assert.Equal(200, kept.Status);
        Assert.Equal(415, plain.Status);
        Assert.Equal(406, unacceptable.Status);
    }

    public void Dispose() => _app.Dispose();
}
