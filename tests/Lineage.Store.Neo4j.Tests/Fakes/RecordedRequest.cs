using System.Text.Json;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>One request as the fake Neo4j saw it; the body is parsed once for assertions.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    public string Path => Uri.AbsolutePath;

    public JsonElement Json => Body is null ? default : JsonDocument.Parse(Body).RootElement.Clone();

    public string? Statement => Body is not null && Json.TryGetProperty("statement", out var s) ? s.GetString() : null;

    /// <summary>The cypher/ file whose text this request's statement is, or null.</summary>
    public string? File => Statement is null ? null : StatementFiles.FileOf(Statement);

    public JsonElement Parameters => Json.TryGetProperty("parameters", out var p) ? p : default;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}
