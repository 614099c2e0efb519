using System.Text.Json.Nodes;

namespace Lineage.Server.Tests.Caching;

/// <summary>
/// The cache changes no byte: every conformance question (tests/Fixtures/lineage-cases.json and flow-cases.json, on
/// their fixture graphs) is answered alike by a server with the cache off and by one with it on — the first time (kept)
/// and the second (served from the cache), errors included.
/// </summary>
public sealed class CacheEquivalenceTests
{
    private static readonly string[] LineageVariables = ["from", "to", "minStage", "maxHops", "fiscalYearFrom", "fiscalYearTo", "basis"];
    private static readonly string[] FlowVariables = ["groupBy", "from", "to", "minStage", "fiscalYearFrom"];

    /// <summary>(fixture, question as variables) of one case file, the fixture named by the case or else by the file.</summary>
    private static IEnumerable<(string Fixture, string Name, JsonObject Variables)> Cases(string file, string[] variables)
    {
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureData.Fixture(""), file)))!;
        var fixture = (string)cases["fixture"]!;
        foreach (var c in cases["cases"]!.AsArray())
        {
            var question = new JsonObject();
            foreach (var (key, value) in c!["query"]!.AsObject())
            {
                Assert.Contains(key, variables); // a case asking what the query file does not pass would not be compared
                question[key] = value?.DeepClone();
            }
            yield return ((string?)c["fixture"] ?? fixture, (string)c["name"]!, question);
        }
    }

    [Theory]
    [InlineData("lineage-cases.json", "cached-lineage")]
    [InlineData("flow-cases.json", "cached-flows")]
    public async Task Every_conformance_question_gets_the_same_bytes_with_the_cache_on_and_off(string file, string queryFile)
    {
        var query = LineageApp.Query(queryFile);
        var cases = Cases(file, queryFile == "cached-lineage" ? LineageVariables : FlowVariables).ToList();
        var answered = 0;
        foreach (var fixture in cases.Select(c => c.Fixture).Distinct())
        {
            using var off = new LineageApp { DataDirectory = FixtureData.Fixture(fixture), Settings = new Dictionary<string, string> { ["Lineage:Cache:Enabled"] = "false" } };
            using var on = new LineageApp { DataDirectory = FixtureData.Fixture(fixture) };
            using var offClient = off.CreateClient();
            using var onClient = on.CreateClient();
            foreach (var (_, name, variables) in cases.Where(c => c.Fixture == fixture))
            {
                var (offResponse, expected) = await FixtureData.PostAsync(offClient, query, variables);
                var (firstResponse, first) = await FixtureData.PostAsync(onClient, query, variables);
                var (secondResponse, second) = await FixtureData.PostAsync(onClient, query, variables);
                Assert.True(expected.AsSpan().SequenceEqual(first), $"{name}: the first answer with the cache on differs");
                Assert.True(expected.AsSpan().SequenceEqual(second), $"{name}: the answer served from the cache differs");
                Assert.Equal(offResponse.StatusCode, firstResponse.StatusCode);
                Assert.Equal(offResponse.StatusCode, secondResponse.StatusCode);
                Assert.Equal(offResponse.Content.Headers.ContentType, secondResponse.Content.Headers.ContentType);
                if (FixtureData.Parse(expected)["data"] is not null) answered++;
            }
        }
        // Most cases are answers, not refusals: the comparison is of real answers.
        Assert.True(answered > cases.Count / 2, $"only {answered} of {cases.Count} cases were answered");
    }
}
