using Lineage.Fuzz;
using Xunit.Abstractions;

namespace Lineage.Server.Tests;

/// <summary>
/// Thousands of malformed and hostile requests (tools/fuzz's generator, a fixed seed) against the real service:
/// none may get a 5xx, an INTERNAL_ERROR or a stack trace. Bad input is the client's error, answered as such.
/// </summary>
public sealed class FuzzTests(LineageAppFixture app, ITestOutputHelper output) : IClassFixture<LineageAppFixture>
{
    private const int Seed = 20261201;
    private const int Count = 3_000;

    [Fact]
    public async Task No_malformed_request_gets_a_5xx_an_INTERNAL_ERROR_or_a_stack_trace()
    {
        var client = app.App.CreateClient();
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        foreach (var fuzz in new FuzzCases(Seed).Take(Count))
        {
            using var request = Request(fuzz);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 || body.Contains("INTERNAL_ERROR", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal) || body.Contains(".cs:line", StringComparison.Ordinal))
                failures.Add($"{status} {fuzz.Kind} {Preview(fuzz.QueryString ?? System.Text.Encoding.UTF8.GetString(fuzz.Body ?? []), 160)} → {Preview(body, 300)}");
        }
        output.WriteLine("status counts: " + string.Join(", ", statuses.Select(p => $"{p.Key} ×{p.Value}")));

        Assert.True(failures.Count == 0, $"{failures.Count} of {Count} requests failed:\n" + string.Join("\n", failures.Take(10)));
        // The generator reaches every layer: answers (200), refusals of bad input (400) and of bad HTTP (405/406/415).
        Assert.All((int[])[200, 400, 405, 406, 415], s => Assert.True(statuses.ContainsKey(s), $"no {s} among {string.Join(", ", statuses.Keys)}"));
    }

    [Fact]
    public void The_same_seed_gives_the_same_requests()
    {
        var first = new FuzzCases(Seed).Take(200).Select(Describe).ToList();
        var again = new FuzzCases(Seed).Take(200).Select(Describe).ToList();
        Assert.Equal(first, again);
        Assert.True(first.Distinct().Count() > 150, "the generator repeats itself");
    }

    private static string Preview(string text, int length) => text[..Math.Min(text.Length, length)];

    private static string Describe(FuzzCase fuzz) => $"{fuzz.Kind} {fuzz.Method} {fuzz.ContentType} {fuzz.Accept} {fuzz.QueryString} {Convert.ToHexString(fuzz.Body ?? [])}";

    private static HttpRequestMessage Request(FuzzCase fuzz)
    {
        HttpRequestMessage request;
        if (fuzz.Method == "GET") request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + fuzz.QueryString);
        else
        {
            request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(fuzz.Body ?? []) };
            if (fuzz.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }
        if (fuzz.Accept is not null) request.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
        return request;
    }
}
