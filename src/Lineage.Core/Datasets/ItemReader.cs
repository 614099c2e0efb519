using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Lineage.Core.Datasets;

/// <summary>
/// Reads one JSON object field by field and records every problem (missing, wrong type, unknown
/// value, unknown property) instead of stopping at the first, which a serializer would do.
/// </summary>
internal sealed class ItemReader
{
    private readonly JsonElement _obj;
    private readonly HashSet<string> _seen;
    private readonly List<DatasetProblem> _problems;
    private readonly ReferencePool? _pool;
    // The path is spelt out only for a problem: a million nodes, each with its evidence, would make millions of strings.
    private readonly ItemReader? _parent;
    private readonly string? _segment;
    private readonly int _index;
    private string? _path;

    public ItemReader(JsonElement obj, string file, string path, List<DatasetProblem> problems, ReferencePool? pool = null)
        : this(obj, file, problems, pool, null, null, -1, path) { }

    /// <summary>The item <paramref name="index"/> of the collection <paramref name="collection"/> of a file (<c>$.collection[index]</c>).</summary>
    public ItemReader(JsonElement obj, string file, string collection, int index, List<DatasetProblem> problems, ReferencePool? pool)
        : this(obj, file, problems, pool, null, collection, index, null) { }

    private ItemReader(JsonElement obj, string file, List<DatasetProblem> problems, ReferencePool? pool, ItemReader? parent, string? segment, int index, string? path = null)
    {
        _path = path;
        _obj = obj;
        _pool = pool;
        _parent = parent;
        _segment = segment;
        _index = index;
        File = file;
        _problems = problems;
        _seen = Spare.TryPop(out var set) ? set : new HashSet<string>(StringComparer.Ordinal);
        if (obj.ValueKind != JsonValueKind.Object) Problem(Path, $"expected an object, found {Describe(obj.ValueKind)}");
    }

    /// <summary>Sets of names asked for, handed back by <see cref="RejectUnknown"/>: readers nest, one per object, a few at a time per thread.</summary>
    [ThreadStatic] private static Stack<HashSet<string>>? t_spare;
    private static Stack<HashSet<string>> Spare => t_spare ??= new Stack<HashSet<string>>();

    public string File { get; }
    public string Path => _path ??= Spell(_parent?.Path ?? "$", _segment, _index);

    private static string Spell(string parent, string? segment, int index) =>
        segment is null ? $"{parent}[{index}]" : index < 0 ? $"{parent}.{segment}" : $"{parent}.{segment}[{index}]";
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
            // Ids through the pool: a node's own and the ones it points at (programs, projects, sources), which repeat.
            var s = _pool is null ? v.GetString()! : Pooled(v, _pool);
            if (!allowEmpty && s.Trim().Length == 0) Problem($"{Path}.{name}", "must not be empty");
            return s;
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
        // A word such as SEED or STATED, a million times over: read from the file's bytes, with no string for it.
        if (IsObject && _obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
        {
            Span<char> chars = stackalloc char[ShortText];
            if (ShortTextOf(v, chars) is var length and >= 0 && EnumText.TryParse<T>(chars[..length], out var parsed))
            {
                _seen.Add(name);
                return parsed;
            }
        }
        var text = OptStr(name, required);
        if (text is null) return null;
        if (EnumText.TryParse<T>(text, out var value)) return value;
        Problem($"{Path}.{name}", $"unknown {what} '{text}' (expected one of {EnumText.Expected<T>()})");
        return null;
    }

    public IReadOnlyList<string> StrList(string name) =>
        List(name, (r, el, path) =>
        {
            if (el.ValueKind == JsonValueKind.String) return r._pool is { } pool ? Pooled(el, pool) : el.GetString();
            r.Problem(path.ToString(), $"expected a string, found {Describe(el.ValueKind)}");
            return null;
        });

    /// <summary>The string of a value through the pool, made only when the pool does not hold it yet.</summary>
    private static string Pooled(JsonElement v, ReferencePool pool)
    {
        Span<char> chars = stackalloc char[ShortText];
        return ShortTextOf(v, chars) is var length and >= 0 ? pool.Get(chars[..length]) : pool.Get(v.GetString()!);
    }

    /// <summary>Longest text <see cref="ShortTextOf"/> reads; the pool's ids are no longer.</summary>
    private const int ShortText = ReferencePool.MaxLength;

    /// <summary>
    /// A string value's text written into <paramref name="chars"/> without making a string (its length), or -1 when it
    /// is longer than <see cref="ShortText"/> or holds an escape: the raw value is the text between its quotes.
    /// </summary>
    private static int ShortTextOf(JsonElement v, Span<char> chars)
    {
        var raw = JsonMarshal.GetRawUtf8Value(v);
        return raw.Length - 2 <= chars.Length && raw.IndexOf((byte)'\\') < 0 ? Encoding.UTF8.GetChars(raw[1..^1], chars) : -1;
    }

    public IReadOnlyList<T> List<T>(string name, Func<ItemReader, JsonElement, ItemAt, T?> readItem, bool required = false) where T : class
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
            var item = readItem(this, el, new ItemAt(this, name, i++));
            if (item is not null) items.Add(item);
        }
        // Most lists hold one item (a node's one evidence): an array of one is half a list's size, a million times over.
        return items.Count == 0 ? [] : items.ToArray();
    }

    /// <summary>A required nested object, such as a name.</summary>
    public ItemReader? ChildOf(string name)
    {
        if (Get(name, required: true) is not { } v) return null;
        var child = Child(v, name);
        return child.IsObject ? child : null;
    }

    private ItemReader Child(JsonElement el, string name) => new(el, File, _problems, _pool, this, name, -1);

    /// <summary>A reader of an item of one of this reader's lists.</summary>
    public ItemReader Child(JsonElement el, ItemAt at) => new(el, File, _problems, _pool, at.List, at.Name, at.Index);

    /// <summary>Where an item of a list is (<c>path.name[index]</c>), spelt out by <see cref="ToString"/> only when a problem names it.</summary>
    public readonly record struct ItemAt(ItemReader List, string Name, int Index)
    {
        public override string ToString() => Spell(List.Path, Name, Index);
    }

    /// <summary>Call last: anything the reader was not asked for is a typo or a field the format does not have.</summary>
    public void RejectUnknown()
    {
        if (IsObject)
        {
            foreach (var p in _obj.EnumerateObject())
                if (!_seen.Contains(p.Name)) Problem($"{Path}.{p.Name}", $"unknown property '{p.Name}'");
        }
        _seen.Clear();
        Spare.Push(_seen);
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
