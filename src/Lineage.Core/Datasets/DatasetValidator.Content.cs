using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// Rules on the content of values (answers are cited in reports, so text must be plain text of a sane size, and
/// amounts must be amounts): no control or bidirectional-override characters, a length limit per kind of text, and
/// budgets and participation counts that are not negative.
/// </summary>
public static partial class DatasetValidator
{
    /// <summary>Names, titles, descriptions (ja/en): far longer than any official program name (the longest shipped is ~330).</summary>
    public const int MaxNameLength = 500;

    /// <summary>A verbatim quote: a sentence or two of a source, not a page (the longest shipped is ~120).</summary>
    public const int MaxQuoteLength = 1000;

    /// <summary>A note, an aim, an inference or a derivation: a paragraph (the longest shipped is ~580).</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Every other text (codes, roles, units, figures as written, dates): short by nature.</summary>
    public const int MaxOtherTextLength = 200;

    /// <summary>The content rules of one node at a time, with one buffer for the node's JSON reused node after node.</summary>
    private sealed class ContentChecker : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4096);
        private readonly Utf8JsonWriter _writer;
        private readonly TextWalk _walk = new();

        public ContentChecker() => _writer = new Utf8JsonWriter(_buffer, NodeWriter.Options with { Indented = false });

        public void Check(LocatedNode n, List<DatasetProblem> problems)
        {
            // Every text of a node is found in its canonical JSON (so no field is forgotten when the model grows), read
            // token by token from one reused buffer, with no string made for a name or a text: at a million nodes, a
            // document tree per node, then a string per value, were most of validation.
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            NodeWriter.Write(_writer, n.Node);
            _writer.Flush();
            _walk.Texts(n, _buffer.WrittenSpan, problems);
            Amounts(n, problems);
        }

        public void Dispose() => _writer.Dispose();
    }

    /// <summary>The state of walking one node's JSON, reused node after node: open objects and arrays, names, a text buffer.</summary>
    private sealed class TextWalk
    {
        private readonly List<Frame> _frames = [];
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _byText;
        private char[] _chars = new char[256];

        public TextWalk() => _byText = _names.GetAlternateLookup<ReadOnlySpan<char>>();

        public void Texts(LocatedNode n, ReadOnlySpan<byte> json, List<DatasetProblem> problems)
        {
            _frames.Clear();
            var reader = new Utf8JsonReader(json);
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = Name(ref reader);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _frames.RemoveAt(_frames.Count - 1);
                        continue;
                }
                // A value: under a property it is `.name` and judged by that name; an array's item is `[i]`, judged by the array's name.
                var parent = _frames.Count - 1;
                ValuePath at;
                string name;
                if (parent < 0) (at, name) = (new ValuePath(this, -1, null, -1), "");
                else if (_frames[parent].IsArray) (at, name) = (new ValuePath(this, parent, null, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_frames)[parent].Next++), _frames[parent].Name);
                else (at, name) = (new ValuePath(this, parent, property, -1), property ?? "");
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        _frames.Add(new Frame(at, name, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.String:
                        if (_chars.Length < reader.ValueSpan.Length) _chars = new char[reader.ValueSpan.Length * 2];
                        TextRule(n, at, name, _chars.AsSpan(0, reader.CopyString(_chars)), problems);
                        break;
                }
            }
        }

        private string Name(ref Utf8JsonReader reader)
        {
            if (_chars.Length < reader.ValueSpan.Length) _chars = new char[reader.ValueSpan.Length * 2];
            var text = _chars.AsSpan(0, reader.CopyString(_chars));
            if (_byText.TryGetValue(text, out var name)) return name;
            name = text.ToString();
            _names.Add(name);
            return name;
        }

        public string PathOf(int frame) => frame < 0 ? "" : _frames[frame].At.ToString();
    }

    /// <summary>An open object or array of the walk: where it is, the name its strings are judged by, and for an array the index of its next item.</summary>
    private record struct Frame(ValuePath At, string Name, bool IsArray)
    {
        public int Next { get; set; }
    }

    /// <summary>Where a value is (under frame <c>Parent</c>, as its property or its item), spelt out only when a problem names it.</summary>
    private readonly record struct ValuePath(TextWalk Walk, int Parent, string? Property, int Index)
    {
        public override string ToString()
        {
            var parent = Walk.PathOf(Parent);
            return Property is not null ? $"{parent}.{Property}" : Index >= 0 ? $"{parent}[{Index}]" : parent;
        }
    }

    private static void TextRule(LocatedNode n, ValuePath at, string name, ReadOnlySpan<char> text, List<DatasetProblem> problems)
    {
        var (limit, layout) = name switch
        {
            "ja" or "en" => (MaxNameLength, false),
            // Quotes keep the source's own layout: its tables come as tab-separated cells.
            "quote" => (MaxQuoteLength, true),
            // The curator's prose: a note, a program's aim, how a hand-off or date was inferred, how a figure was derived.
            "note" or "aim" or "inference" or "derivation" => (MaxNoteLength, true),
            _ => (MaxOtherTextLength, false),
        };
        if (text.Length > limit)
            problems.Add(P(n, at.ToString(), $"is {text.Length:N0} characters long; {What(name)} may be at most {limit:N0} (see the dataset limits in README)"));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (layout && c is '\n' or '\t') continue;
            if (IsHiddenControl(c))
            {
                problems.Add(P(n, at.ToString(), $"holds the invisible control character U+{(int)c:X4}{ControlName(c)} at character {i + 1}; text must be plain, visible text"));
                break;
            }
        }
    }

    private static string What(string name) => name switch
    {
        "ja" or "en" => "a name",
        "quote" => "a quote",
        "inference" => "an inference",
        "note" or "aim" or "derivation" => $"a {name}",
        _ => $"'{name}'",
    };

    /// <summary>C0 and C1 controls (NUL, ESC, …; tabs and line breaks are layout in quotes and notes), bidirectional
    /// embeddings, overrides and isolates (which can make a name read backwards: "Trojan Source"), and the BOM.</summary>
    private static bool IsHiddenControl(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' or '\uFEFF';

    private static string ControlName(char c) => c switch
    {
        '\0' => " (NUL)",
        '\u001B' => " (ESC)",
        '\u202E' => " (RIGHT-TO-LEFT OVERRIDE)",
        '\u202D' => " (LEFT-TO-RIGHT OVERRIDE)",
        '\uFEFF' => " (BYTE ORDER MARK)",
        '\n' or '\r' => " (line break)",
        _ => "",
    };

    private static void Amounts(LocatedNode n, List<DatasetProblem> problems)
    {
        switch (n.Node)
        {
            case Program p:
                for (var i = 0; i < p.Budgets.Count; i++)
                    if (p.Budgets[i].MillionYen is { } amount && amount < 0)
                        problems.Add(P(n, $".budgets[{i}].millionYen", $"a budget cannot be negative ({amount.ToString(CultureInfo.InvariantCulture)} million yen)"));
                break;
            case ClusterProject c:
                for (var i = 0; i < c.Participation.Count; i++)
                {
                    if (c.Participation[i].Companies is < 0) problems.Add(P(n, $".participation[{i}].companies", "a count of companies cannot be negative"));
                    if (c.Participation[i].Universities is < 0) problems.Add(P(n, $".participation[{i}].universities", "a count of universities cannot be negative"));
                }
                break;
        }
    }
}
