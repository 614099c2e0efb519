using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>Builds Query API answers in typed JSON, the way Neo4j writes them.</summary>
public static class Typed
{
    public static JsonNode Value(object? v) => v switch
    {
        null => Wrap("Null", null),
        string s => Wrap("String", s),
        bool b => Wrap("Boolean", b),
        int or long => Wrap("Integer", Convert.ToString(v, CultureInfo.InvariantCulture)),
        IDictionary<string, object?> map => Wrap("Map", new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Value(kv.Value))))),
        IEnumerable list => Wrap("List", new JsonArray(list.Cast<object?>().Select(x => (JsonNode?)Value(x)).ToArray())),
        _ => throw new ArgumentException($"no typed JSON for {v.GetType().Name}"),
    };

    /// <summary>A successful answer with these fields and rows, and optionally bookmarks.</summary>
    public static string Result(string[] fields, IEnumerable<object?[]> rows, params string[] bookmarks) => new JsonObject
    {
        ["data"] = new JsonObject
        {
            ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()),
            ["values"] = new JsonArray(rows.Select(r => (JsonNode?)new JsonArray(r.Select(x => (JsonNode?)Value(x)).ToArray())).ToArray()),
        },
        ["bookmarks"] = new JsonArray(bookmarks.Select(b => (JsonNode?)b).ToArray()),
    }.ToJsonString();

    public static string Error(string code, string message) =>
        new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }.ToJsonString();

    public static string BeginTransaction(string id) =>
        new JsonObject { ["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2026-11-23T12:00:00Z" } }.ToJsonString();

    private static JsonObject Wrap(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };
}
