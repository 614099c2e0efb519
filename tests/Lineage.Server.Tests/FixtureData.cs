using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>Dataset folders made from the fixtures, and GraphQL requests that keep the answer's bytes.</summary>
internal static class FixtureData
{
    public static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, name);

    /// <summary>A copy of a fixture graph without the given nodes, as a dataset folder under <paramref name="parent"/>.</summary>
    public static string FixtureWithout(string fixture, string parent, params string[] ids)
    {
        var graph = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixture(fixture), "graph.json")))!;
        foreach (var collection in graph.AsObject().Where(p => p.Value is JsonArray).Select(p => p.Value!.AsArray()))
            foreach (var node in collection.Where(n => ids.Contains((string?)n!["id"])).ToList()) collection.Remove(node);
        var dir = Directory.CreateDirectory(Path.Combine(parent, fixture + "-without-" + string.Join('-', ids).Replace(':', '_'))).FullName;
        File.WriteAllText(Path.Combine(dir, "graph.json"), graph.ToJsonString());
        return dir;
    }

    public static async Task<(HttpResponseMessage Response, byte[] Body)> PostAsync(HttpClient client, string query, JsonNode? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    public static string GetUri(string query, JsonNode? variables = null) =>
        "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables.ToJsonString()));

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    public static JsonNode Parse(byte[] body) => JsonNode.Parse(body) ?? throw new JsonException("empty answer");
}
