using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Fuzz;
using Xunit.Abstractions;

namespace Lineage.Server.Tests;

/// <summary>Alone, because it measures every allocation in the process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AmplificationCollectionDefinition
{
    public const string Name = "amplification";
}

/// <summary>
/// The amplification requests of issue 12 (tools/fuzz/Amplification.cs), each of which once took seconds to minutes
/// and up to 11.7 GB: now each is refused before anything runs, with the error of a specific limit, and the whole
/// process allocates little while answering it. Twice: with the default limits, where most meet a size limit first,
/// and with the size limits (document, tokens, fields, aliases) lifted, where each meets the limit made for its kind.
/// </summary>
[Collection(AmplificationCollectionDefinition.Name)]
public sealed class AmplificationTests(AmplificationTests.Apps apps, ITestOutputHelper output) : IClassFixture<AmplificationTests.Apps>
{
    /// <summary>
    /// What answering one attack may allocate in the whole test process (client, in-memory server and service) when
    /// a size limit refuses it: the body read once and an error. The unbounded service allocated up to 11.7 GB.
    /// </summary>
    private const long MaxAllocatedRefusedBySize = 8L * 1024 * 1024;

    /// <summary>
    /// With the size limits lifted the document is parsed and walked once: work linear in its size, at most this many
    /// bytes allocated per byte of request (the unbounded service: 11.7 GB for 102 KB, some 115,000 per byte).
    /// </summary>
    private const long MaxAllocatedPerRequestByte = 100;

    public static TheoryData<string, string, string> Attacks() => new()
    {
        { "3,000 fields of one name, different arguments", "DOCUMENT_TOO_LARGE", "MAX_REPEATED_FIELDS" },
        { "nested introspection, 7 levels", "REQUEST_TOO_LARGE", "MAX_INTROSPECTION_DEPTH" },
        { "fragment doubling, depth 26", "MAX_REPEATED_FIELDS", "MAX_REPEATED_FIELDS" },
        { "fragment doubling, depth 30", "MAX_REPEATED_FIELDS", "MAX_REPEATED_FIELDS" },
        { "22,700 aliases of search", "REQUEST_TOO_LARGE", "MAX_COMPLEXITY" },
        { "10,000 identical fields", "DOCUMENT_TOO_LARGE", "MAX_REPEATED_FIELDS" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Each_attack_is_refused_by_a_specific_limit_allocating_little(string attack, string defaultCode, string structuralCode)
    {
        var query = Amplification.All.Single(a => a.Name == attack).Query;

        var requestBytes = JsonSerializer.SerializeToUtf8Bytes(new { query }).Length;

        var (status, code, bytes, allocated) = await Send(apps.Default, query);
        output.WriteLine($"default limits: {attack} ({requestBytes} bytes): {status} {code}, {bytes}-byte answer, {allocated / 1024} KB allocated");
        Assert.Equal(defaultCode, code);
        Assert.True(status is 400 or 413, $"status {status}");
        Assert.True(bytes < 2_048, $"a {bytes}-byte answer");
        Assert.True(allocated < (defaultCode is "DOCUMENT_TOO_LARGE" or "REQUEST_TOO_LARGE" ? MaxAllocatedRefusedBySize : MaxAllocatedRefusedBySize + MaxAllocatedPerRequestByte * requestBytes),
            $"{allocated / 1024} KB allocated");

        (status, code, bytes, allocated) = await Send(apps.SizeLimitsLifted, query);
        output.WriteLine($"size limits lifted: {attack}: {status} {code}, {bytes}-byte answer, {allocated / 1024} KB allocated");
        Assert.Equal(structuralCode, code);
        Assert.Equal(400, status);
        Assert.True(bytes < 2_048, $"a {bytes}-byte answer");
        Assert.True(allocated < MaxAllocatedRefusedBySize + MaxAllocatedPerRequestByte * requestBytes, $"{allocated / 1024} KB allocated for a {requestBytes}-byte request");
    }

    private static async Task<(int Status, string? Code, int Bytes, long Allocated)> Send(LineageApp app, string query)
    {
        var client = app.CreateClient();
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var code = (string?)JsonNode.Parse(text)?["errors"]?[0]?["extensions"]?["code"];
        return ((int)response.StatusCode, code, Encoding.UTF8.GetByteCount(text), allocated);
    }

    public sealed class Apps : IAsyncLifetime, IDisposable
    {
        public LineageApp Default { get; } = new();

        public LineageApp SizeLimitsLifted { get; } = new()
        {
            Settings = new Dictionary<string, string>
            {
                ["Lineage:GraphQL:MaxRequestBytes"] = "67108864",
                ["Lineage:GraphQL:MaxDocumentLength"] = "10000000",
                ["Lineage:GraphQL:MaxTokens"] = "10000000",
                ["Lineage:GraphQL:MaxFields"] = "10000000",
                ["Lineage:GraphQL:MaxAliases"] = "1000000",
                // A megabyte of document takes a second or two to parse on a busy machine; the deadline is not under test.
                ["Lineage:GraphQL:RequestTimeout"] = "00:01:00",
            },
        };

        /// <summary>Start-up, the schema and the JIT allocate once; that is not what is measured.</summary>
        public async Task InitializeAsync()
        {
            foreach (var app in new[] { Default, SizeLimitsLifted })
            {
                var (ok, _) = await app.PostAsync("{ ministries { id } search(text: \"a\") { matchedName } }");
                Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
                foreach (var attack in Amplification.All.Take(1)) await Send(app, attack.Query[..200] + " }");
                await Send(app, Amplification.FragmentDoubling(3));
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose()
        {
            Default.Dispose();
            SizeLimitsLifted.Dispose();
        }
    }
}
