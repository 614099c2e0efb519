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

    private static void ContentRules(IReadOnlyList<LocatedNode> nodes, List<DatasetProblem> problems)
    {
        foreach (var n in nodes)
        {
            using var json = JsonDocument.Parse(NodeWriter.ToJson(n.Node));
            Texts(n, json.RootElement, "", "", problems);
            Amounts(n, problems);
        }
    }

    private static void Texts(LocatedNode n, JsonElement value, string at, string name, List<DatasetProblem> problems)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in value.EnumerateObject()) Texts(n, p.Value, $"{at}.{p.Name}", p.Name, problems);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray()) Texts(n, item, $"{at}[{i++}]", name, problems);
                break;
            case JsonValueKind.String:
                TextRule(n, at, name, value.GetString()!, problems);
                break;
        }
    }

    private static void TextRule(LocatedNode n, string at, string name, string text, List<DatasetProblem> problems)
    {
        var (what, limit, layout) = name switch
        {
            "ja" or "en" => ("a name", MaxNameLength, false),
            // Quotes keep the source's own layout: its tables come as tab-separated cells.
            "quote" => ("a quote", MaxQuoteLength, true),
            // The curator's prose: a note, a program's aim, how a hand-off or date was inferred, how a figure was derived.
            "note" or "aim" or "inference" or "derivation" => (name == "inference" ? "an inference" : $"a {name}", MaxNoteLength, true),
            _ => ($"'{name}'", MaxOtherTextLength, false),
        };
        if (text.Length > limit)
            problems.Add(P(n, at, $"is {text.Length:N0} characters long; {what} may be at most {limit:N0} (see the dataset limits in README)"));
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (layout && c is '\n' or '\t') continue;
            if (IsHiddenControl(c))
            {
                problems.Add(P(n, at, $"holds the invisible control character U+{(int)c:X4}{ControlName(c)} at character {i + 1}; text must be plain, visible text"));
                break;
            }
        }
    }

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
