using System.Text;
using System.Text.Json;

namespace Lineage.Core.Datasets;

/// <summary>
/// Parses a dataset file strictly, reporting positions as an editor shows them (line and column, from 1, the column
/// in characters): bytes that are not UTF-8, invalid JSON, a key repeated in one object (JSON parsers disagree on
/// which one wins — a duplicated "stage" once silently changed a transfer), and \uD800-style escapes that are half a
/// character. Every duplicate and broken escape of a file is reported; a syntax error stops at the first.
/// </summary>
internal static class StrictJson
{
    /// <summary>Told the "id" of each item of the root object's arrays: the array's name, the item's index in it, the id.</summary>
    public interface IItemIds
    {
        void Add(string collection, int index, ReadOnlySpan<char> id);
    }

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>The parsed document, or null with the problems added.</summary>
    public static JsonDocument? Parse(string file, byte[] bytes, List<DatasetProblem> problems) =>
        Check(file, bytes, problems, null) ? Document(bytes) : null;

    /// <summary>The document of a file that <see cref="Check"/> found sound.</summary>
    public static JsonDocument Document(ReadOnlyMemory<byte> bytes) => JsonDocument.Parse(WithoutBom(bytes), DocumentOptions);

    /// <summary>The kind of value at the root of a file that <see cref="Check"/> found sound.</summary>
    public static JsonValueKind RootKind(ReadOnlyMemory<byte> bytes)
    {
        var reader = new Utf8JsonReader(WithoutBom(bytes).Span, ReaderOptions);
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };
    }

    private static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes) =>
        bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

    /// <summary>
    /// Whether the file's text is sound (false with the problems added), telling <paramref name="ids"/> the "id" of every
    /// object in an array of the root object as it goes: the ids of a dataset file's items, without a document or a node.
    /// </summary>
    public static bool Check(string file, ReadOnlyMemory<byte> bytes, List<DatasetProblem> problems, IItemIds? ids)
    {
        var text = WithoutBom(bytes);
        var positions = new Positions(text);
        var before = problems.Count;

        var invalid = FirstInvalidUtf8(text.Span);
        if (invalid >= 0)
        {
            problems.Add(positions.Problem(file, invalid, $"not UTF-8 text (byte 0x{text.Span[invalid]:X2}); save the file as UTF-8"));
            return false;
        }

        var reader = new Utf8JsonReader(text.Span, ReaderOptions);
        // One dictionary per open object, reused once it closes, and each key's text once per file: a file holds tens
        // of thousands of objects with the same dozen keys.
        var objects = new Stack<Dictionary<string, long>>();
        var spare = new Stack<Dictionary<string, long>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var keyLookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var keyChars = new char[128];
        // Where the reader is among the items of the root's arrays: a collection's array, item `index`, after its "id" key.
        string? collection = null;
        bool inArray = false, itemIsObject = false, atId = false;
        var index = -1;
        try
        {
            while (reader.Read())
            {
                if (ids is not null && reader.CurrentDepth == 2 && inArray && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    index++;
                    itemIsObject = reader.TokenType == JsonTokenType.StartObject;
                }
                var afterId = atId;
                atId = false;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray when reader.CurrentDepth == 1:
                        inArray = collection is not null;
                        index = -1;
                        break;
                    case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                        inArray = false;
                        break;
                    case JsonTokenType.StartObject:
                        objects.Push(spare.TryPop(out var reused) ? reused : new Dictionary<string, long>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        var closed = objects.Pop();
                        closed.Clear();
                        spare.Push(closed);
                        break;
                    case JsonTokenType.PropertyName when Key(ref reader, keyChars, keys, keyLookup, file, positions, problems) is { } key:
                        if (objects.Peek().TryGetValue(key, out var first))
                        {
                            var (line, column) = positions.Of(first);
                            problems.Add(positions.Problem(file, reader.TokenStartIndex,
                                $"duplicate key '{key}' (first at line {line}, column {column}); a key may appear once in an object"));
                        }
                        else
                        {
                            objects.Peek()[key] = reader.TokenStartIndex;
                        }
                        if (reader.CurrentDepth == 1) collection = key;
                        else atId = reader.CurrentDepth == 3 && inArray && itemIsObject && key == "id";
                        break;
                    case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                        collection = null; // a name with half a character names no collection
                        break;
                    case JsonTokenType.String when afterId && ids is not null:
                        if (!reader.ValueIsEscaped && reader.ValueSpan.Length <= keyChars.Length)
                            ids.Add(collection!, index, keyChars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, keyChars)));
                        else if (Text(ref reader, file, positions, problems) is { } id)
                            ids.Add(collection!, index, id);
                        break;
                    // Only an escape can make half a character: the bytes themselves were checked to be UTF-8 above.
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        Text(ref reader, file, positions, problems);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var offset = positions.OffsetOf(line, (int)(e.BytePositionInLine ?? 0));
            problems.Add(positions.Problem(file, offset, "invalid JSON: " + WithoutPosition(e.Message)));
            return false;
        }
        return problems.Count == before;
    }

    /// <summary>The current property name as the file's one string of that text (no string made for a key seen before).</summary>
    private static string? Key(ref Utf8JsonReader reader, char[] chars, HashSet<string> keys, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup,
        string file, Positions positions, List<DatasetProblem> problems)
    {
        // A UTF-8 byte makes at most one UTF-16 character, so an unescaped key of up to chars.Length bytes fits.
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > chars.Length)
        {
            if (Text(ref reader, file, positions, problems) is not { } escaped) return null;
            if (keys.TryGetValue(escaped, out var known)) return known;
            keys.Add(escaped);
            return escaped;
        }
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        var text = chars.AsSpan(0, length);
        if (lookup.TryGetValue(text, out var key)) return key;
        key = text.ToString();
        keys.Add(key);
        return key;
    }

    /// <summary>The string of the current token, or null with a problem when an escape leaves half a character.</summary>
    private static string? Text(ref Utf8JsonReader reader, string file, Positions positions, List<DatasetProblem> problems)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(positions.Problem(file, reader.TokenStartIndex,
                "a string holds half a character (a \\uD800–\\uDFFF escape without its pair); write the character itself or both halves"));
            return null;
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
        for (var i = 0; i < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    // System.Text.Json ends its messages with its own position scheme (0-based line, byte in line); ours replaces it.
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    /// <summary>Byte offsets to line and character column, worked out only for a file with a problem.</summary>
    private sealed class Positions(ReadOnlyMemory<byte> text)
    {
        private readonly ReadOnlyMemory<byte> _text = text;
        private List<int>? _lineStarts;

        private List<int> LineStarts
        {
            get
            {
                if (_lineStarts is not null) return _lineStarts;
                var starts = new List<int> { 0 };
                var span = _text.Span;
                for (var i = span.IndexOf((byte)'\n'); i >= 0;)
                {
                    starts.Add(i + 1);
                    var next = span[(i + 1)..].IndexOf((byte)'\n');
                    i = next < 0 ? -1 : i + 1 + next;
                }
                return _lineStarts = starts;
            }
        }

        public long OffsetOf(int zeroBasedLine, int byteInLine) =>
            Math.Min(_text.Length, LineStarts[Math.Clamp(zeroBasedLine, 0, LineStarts.Count - 1)] + (long)byteInLine);

        public (int Line, int Column) Of(long offset)
        {
            var index = LineStarts.BinarySearch((int)offset);
            var line = index >= 0 ? index : ~index - 1;
            var start = LineStarts[line];
            // Characters, not bytes: 浜松 is two columns, as in an editor. Invalid bytes count one each.
            var column = 1;
            for (var i = start; i < offset;)
            {
                Rune.DecodeFromUtf8(_text.Span[i..(int)offset], out _, out var consumed);
                i += Math.Max(1, consumed);
                column++;
            }
            return (line + 1, column);
        }

        public DatasetProblem Problem(string file, long offset, string message)
        {
            var (line, column) = Of(offset);
            return new DatasetProblem(file, "$", message) { Line = line, Column = column };
        }
    }
}
