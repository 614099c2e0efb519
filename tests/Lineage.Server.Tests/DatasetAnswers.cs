using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>tests/Fixtures/dataset-answers.json: lineage questions over data/ with the answers an independent reading of the rules gives.</summary>
internal static class DatasetAnswers
{
    public sealed record Case(string Name, JsonObject Variables, IReadOnlyList<string> Expected);

    public static IReadOnlyList<Case> Cases { get; } = Load();

    private static List<Case> Load()
    {
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "dataset-answers.json")))!;
        return doc["cases"]!.AsArray().Select(c => new Case(
            (string)c!["name"]!,
            // The question's fields are the lineage field's arguments, so they go as its variables unchanged.
            JsonNode.Parse(c["query"]!.ToJsonString())!.AsObject(),
            c["expect"]!.AsArray().Select(e => $"{e!["key"]}: {string.Join(" ", e["steps"]!.AsArray().Select(s => (string?)s))}").ToList())).ToList();
    }
}
