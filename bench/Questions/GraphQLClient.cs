using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Core.Lineage;
using Lineage.Core.Selectors;

namespace Lineage.Bench.Questions;

/// <summary>Asks a server the same questions over GraphQL, with variables, one request at a time.</summary>
public sealed class GraphQLClient(Uri endpoint) : IDisposable
{
    private const string Document =
        "query Q($from: ProgramSelector, $to: ProgramSelector, $minStage: Stage, $maxHops: Int, $fyFrom: Int, $fyTo: Int) " +
        "{ lineage(from: $from, to: $to, minStage: $minStage, maxHops: $maxHops, fiscalYearFrom: $fyFrom, fiscalYearTo: $fyTo) " +
        "{ totalCount nodes { key reachedStage from { id name } to { id name } steps { id stage fromFiscalYear toFiscalYear } } } }";

    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    public async Task<int> TotalCountAsync(LineageQuery q)
    {
        var body = new JsonObject
        {
            ["query"] = Document,
            ["variables"] = new JsonObject
            {
                ["from"] = Selector(q.From), ["to"] = Selector(q.To),
                ["minStage"] = q.MinStage is { } s ? StageName(s) : null,
                ["maxHops"] = q.MaxHops, ["fyFrom"] = q.FiscalYearFrom, ["fyTo"] = q.FiscalYearTo,
            },
        };
        using var response = await _http.PostAsJsonAsync(endpoint, body);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || answer.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"the server refused a question ({(int)response.StatusCode}): {answer}");
        return answer.GetProperty("data").GetProperty("lineage").GetProperty("totalCount").GetInt32();
    }

    private static JsonObject Selector(ProgramSelector s)
    {
        var o = new JsonObject();
        if (s.Ministries.Count > 0) o["ministries"] = new JsonArray([.. s.Ministries.Select(m => JsonValue.Create(m.ToString()))]);
        if (s.Agencies.Count > 0) o["agencies"] = new JsonArray([.. s.Agencies.Select(a => JsonValue.Create(a))]);
        if (s.Programs.Count > 0) o["programs"] = new JsonArray([.. s.Programs.Select(p => JsonValue.Create(p))]);
        if (s.Regions.Count > 0) o["regions"] = new JsonArray([.. s.Regions.Select(r => JsonValue.Create(r))]);
        return o;
    }

    // SCREAMING_SNAKE_CASE, as the schema names stages.
    private static string StageName(Lineage.Core.Model.Stage s) =>
        string.Concat(s.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant();
}
