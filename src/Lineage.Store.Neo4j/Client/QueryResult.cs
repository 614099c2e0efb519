using System.Text.Json;

namespace Lineage.Store.Neo4j.Client;

/// <summary>What one statement returned: its fields, its records (typed values), and the bookmarks that came with it.</summary>
public sealed class QueryResult
{
    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<QueryRecord> records, IReadOnlyList<string> bookmarks)
    {
        Fields = fields;
        Records = records;
        Bookmarks = bookmarks;
    }

    public IReadOnlyList<string> Fields { get; }
    public IReadOnlyList<QueryRecord> Records { get; }
    public IReadOnlyList<string> Bookmarks { get; }

    /// <summary>The one record of a statement that aggregates everything into one row.</summary>
    public QueryRecord OnlyRecord() =>
        Records.Count == 1 ? Records[0] : throw new Neo4jException("Lineage.Protocol", $"expected one record, got {Records.Count}");

    internal static QueryResult Parse(JsonElement body)
    {
        var fields = new List<string>();
        var records = new List<QueryRecord>();
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString() ?? ""));
            var index = fields.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
            if (data.TryGetProperty("values", out var values))
                foreach (var row in values.EnumerateArray())
                    records.Add(new QueryRecord(index, row.EnumerateArray().Select(TypedJson.Read).ToList()));
        }
        return new QueryResult(fields, records, ReadBookmarks(body));
    }

    internal static IReadOnlyList<string> ReadBookmarks(JsonElement body) =>
        body.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
            : [];
}

/// <summary>One row; values by field name, with accessors that say which field had the wrong type.</summary>
public sealed class QueryRecord
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly IReadOnlyList<object?> _values;

    internal QueryRecord(IReadOnlyDictionary<string, int> index, IReadOnlyList<object?> values)
    {
        _index = index;
        _values = values;
    }

    public object? this[string field] =>
        _index.TryGetValue(field, out var i) && i < _values.Count
            ? _values[i]
            : throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", _index.Keys)}).");

    public string? GetString(string field) => As<string>(field);
    public long GetInt64(string field) => this[field] is long v ? v : throw WrongType(field, "Integer");
    public bool GetBoolean(string field) => this[field] is bool v ? v : throw WrongType(field, "Boolean");
    public IReadOnlyList<object?> GetList(string field) => As<IReadOnlyList<object?>>(field) ?? [];

    private T? As<T>(string field) where T : class =>
        this[field] switch
        {
            null => null,
            T v => v,
            _ => throw WrongType(field, typeof(T).Name),
        };

    private Neo4jException WrongType(string field, string expected) =>
        new("Lineage.Protocol", $"field '{field}' is {this[field]?.GetType().Name ?? "null"}, expected {expected}");
}
