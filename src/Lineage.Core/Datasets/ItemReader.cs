using System.Text.Json;

namespace Lineage.Core.Datasets;

/// <summary>
/// Reads one JSON object field by field and records every problem (missing, wrong type, unknown
/// value, unknown property) instead of stopping at the first, which a serializer would do.
/// </summary>
internal sealed class ItemReader
{
    private readonly JsonElement _obj;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<DatasetProblem> _problems;
    private readonly ReferencePool? _pool;

    public ItemReader(JsonElement obj, string file, string path, List<DatasetProblem> problems, ReferencePool? pool = null)
    {
        _obj = obj;
        _pool = pool;
        File = file;
        Path = path;
        _problems = problems;
        if (obj.ValueKind != JsonValueKind.Object) Problem(path, $"expected an object, found {Describe(obj.ValueKind)}");
    }

    public string File { get; }
    public string Path { get; }
    public bool IsObject => _obj.ValueKind == JsonValueKind.Object;

    public void Problem(string path, string message) => _problems.Add(new DatasetProblem(File, path, message));

    private JsonElement? Get(string name, bool required)
    {
        _seen.Add(name);
        if (IsObject && _obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null) return value;
        if (required && IsObject) Problem(Path, $"missing required property '{name}'");
        return null;
    }

    public string Str(string name, bool allowEmpty = false) => OptStr(name, required: true, allowEmpty) ?? "";

    public string? OptStr(string name, bool required = false, bool allowEmpty = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString()!;
            if (!allowEmpty && s.Trim().Length == 0) Problem($"{Path}.{name}", "must not be empty");
            // A node's own id is unique; the ids it points at (programs, projects, sources) repeat across nodes.
            return name == "id" || _pool is null ? s : _pool.Get(s);
        }
        Problem($"{Path}.{name}", $"expected a string, found {Describe(v.ValueKind)}");
        return null;
    }

    public int? OptInt(string name, bool required = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        Problem($"{Path}.{name}", $"expected a whole number, found {Describe(v.ValueKind)} {Raw(v)}");
        return null;
    }

    public int Int(string name) => OptInt(name, required: true) ?? 0;

    public decimal? OptDecimal(string name, bool required = false)
    {
        if (Get(name, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)) return d;
        Problem($"{Path}.{name}", $"expected a number, found {Describe(v.ValueKind)} {Raw(v)}");
        return null;
    }

    public bool? OptBool(string name)
    {
        if (Get(name, false) is not { } v) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        Problem($"{Path}.{name}", $"expected true or false, found {Describe(v.ValueKind)}");
        return null;
    }

    public T Enum<T>(string name, string what, T fallback = default) where T : struct, System.Enum =>
        OptEnum<T>(name, what, required: true) ?? fallback;

    public T? OptEnum<T>(string name, string what, bool required = false) where T : struct, System.Enum
    {
        var text = OptStr(name, required);
        if (text is null) return null;
        if (EnumText.TryParse<T>(text, out var value)) return value;
        Problem($"{Path}.{name}", $"unknown {what} '{text}' (expected one of {EnumText.Expected<T>()})");
        return null;
    }

    public IReadOnlyList<string> StrList(string name) =>
        List(name, (r, el, path) =>
        {
            if (el.ValueKind == JsonValueKind.String) return r._pool is { } pool ? pool.Get(el.GetString()!) : el.GetString();
            r.Problem(path, $"expected a string, found {Describe(el.ValueKind)}");
            return null;
        });

    public IReadOnlyList<T> List<T>(string name, Func<ItemReader, JsonElement, string, T?> readItem, bool required = false) where T : class
    {
        if (Get(name, required) is not { } v) return [];
        if (v.ValueKind != JsonValueKind.Array)
        {
            Problem($"{Path}.{name}", $"expected an array, found {Describe(v.ValueKind)}");
            return [];
        }
        var items = new List<T>();
        var i = 0;
        foreach (var el in v.EnumerateArray())
        {
            var item = readItem(this, el, $"{Path}.{name}[{i++}]");
            if (item is not null) items.Add(item);
        }
        // Most lists hold one item (a node's one evidence): an array of one is half a list's size, a million times over.
        return items.Count == 0 ? [] : items.ToArray();
    }

    /// <summary>A required nested object, such as a name.</summary>
    public ItemReader? ChildOf(string name)
    {
        if (Get(name, required: true) is not { } v) return null;
        var child = Child(v, $"{Path}.{name}");
        return child.IsObject ? child : null;
    }

    public ItemReader Child(JsonElement el, string path) => new(el, File, path, _problems, _pool);

    /// <summary>Call last: anything the reader was not asked for is a typo or a field the format does not have.</summary>
    public void RejectUnknown()
    {
        if (!IsObject) return;
        foreach (var p in _obj.EnumerateObject())
            if (!_seen.Contains(p.Name)) Problem($"{Path}.{p.Name}", $"unknown property '{p.Name}'");
    }

    private static string Raw(JsonElement v) => v.GetRawText() is { Length: < 40 } raw ? raw : "";

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
