using System.Text;
using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>
/// One RFC 4180 file per kind, UTF-8 without a byte order mark (CRLF between records, cells quoted when they hold a
/// comma, quote or line break). Columns follow the dataset's own field order (id first; for a transfer from, to,
/// project, fromFiscalYear, toFiscalYear, stage, …) even where a row lacks a field; bilingual names are split into
/// name.ja / name.en (title.*, description.*); nested values (evidence, budgets) are compact JSON in their cell, so
/// nothing is lost.
/// </summary>
internal sealed class CsvExport : IExportFormat
{
    public string Name => "csv";

    public async Task<IReadOnlyList<string>> WriteAsync(Dataset dataset, string directory, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var group in dataset.Nodes().GroupBy(n => n.Kind))
        {
            var rows = group.OrderBy(n => n.Id, StringComparer.Ordinal).Select(Flatten).ToList();
            var columns = Columns(rows);
            var text = new StringBuilder();
            text.AppendJoin(',', columns.Select(Cell)).Append("\r\n");
            foreach (var row in rows)
                text.AppendJoin(',', columns.Select(c => Cell(row.FirstOrDefault(p => p.Key == c).Value ?? ""))).Append("\r\n");
            var path = Path.Combine(directory, NodeReader.CollectionOf(group.Key) + ".csv");
            await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken);
            written.Add($"{path}: {rows.Count} rows");
        }
        return written;
    }

    /// <summary>
    /// Every column of the rows, in the order the rows agree on: each row lists its fields in canonical order but omits
    /// the empty ones, so the columns are the rows' orders merged (a topological sort; ties in order of appearance).
    /// </summary>
    internal static List<string> Columns(IReadOnlyList<List<KeyValuePair<string, string>>> rows)
    {
        var seen = new List<string>();
        var before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
            for (var i = 0; i < row.Count; i++)
            {
                if (!before.TryGetValue(row[i].Key, out var predecessors))
                {
                    before[row[i].Key] = predecessors = new HashSet<string>(StringComparer.Ordinal);
                    seen.Add(row[i].Key);
                }
                if (i > 0) predecessors.Add(row[i - 1].Key);
            }
        var columns = new List<string>();
        while (columns.Count < seen.Count)
        {
            var next = seen.FirstOrDefault(k => !columns.Contains(k) && before[k].All(columns.Contains))
                ?? seen.First(k => !columns.Contains(k)); // rows that disagree (cannot happen with canonical JSON): first seen
            columns.Add(next);
        }
        return columns;
    }

    private static List<KeyValuePair<string, string>> Flatten(INode node)
    {
        using var doc = JsonDocument.Parse(NodeWriter.ToJson(node));
        var row = new List<KeyValuePair<string, string>>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            // A bilingual name (name, title, description) is an object with ja: one column per language.
            if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("ja", out _))
            {
                foreach (var n in p.Value.EnumerateObject()) row.Add(new(p.Name + "." + n.Name, Scalar(n.Value)));
                continue;
            }
            row.Add(new(p.Name, Scalar(p.Value)));
        }
        return row;
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };

    // Quote every cell that needs it; a leading = + - @ is neutralised so spreadsheets don't run it as a formula.
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
