using System.Globalization;
using System.Text.Json;

namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// Reads Neo4j's typed JSON (<c>Accept: application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": T, "_value": v}</c>. Integers arrive as strings so that 64-bit values survive JSON; they become
/// <see cref="long"/>. Lists and maps keep their shape; dates keep their types.
/// </summary>
public static class TypedJson
{
    public static object? Read(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("$type", out var typeElement))
            throw new Neo4jException("Lineage.Protocol", $"expected a typed JSON value {{\"$type\", \"_value\"}}, got {e.ValueKind}: {Truncate(e.GetRawText())}");
        var type = typeElement.GetString() ?? "";
        e.TryGetProperty("_value", out var v);
        return type switch
        {
            "Null" => null,
            "Boolean" => v.GetBoolean(),
            "Integer" => long.Parse(Text(v), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ReadFloat(v),
            "String" => v.GetString(),
            "Base64" => Convert.FromBase64String(Text(v)),
            "List" => v.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(v),
            "Date" => DateOnly.Parse(Text(v), CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(Text(v), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "OffsetDateTime" => DateTimeOffset.Parse(Text(v), CultureInfo.InvariantCulture),
            "Node" => new Neo4jNode(
                v.GetProperty("_element_id").GetString() ?? "",
                v.GetProperty("_labels").EnumerateArray().Select(l => l.GetString() ?? "").ToList(),
                ReadMap(v.GetProperty("_properties"))),
            "Relationship" => new Neo4jRelationship(
                v.GetProperty("_element_id").GetString() ?? "",
                v.GetProperty("_type").GetString() ?? "",
                v.GetProperty("_start_node_element_id").GetString() ?? "",
                v.GetProperty("_end_node_element_id").GetString() ?? "",
                ReadMap(v.GetProperty("_properties"))),
            // A path is its alternating nodes and relationships.
            "Path" => v.EnumerateArray().Select(Read).ToList(),
            _ => new Neo4jTypedValue(type, v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText()),
        };
    }

    public static IReadOnlyDictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in map.EnumerateObject()) result[p.Name] = Read(p.Value);
        return result;
    }

    private static double ReadFloat(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : Text(v) switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
            };

    private static string Text(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText();

    private static string Truncate(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
