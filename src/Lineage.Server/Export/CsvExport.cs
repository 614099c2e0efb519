using System.Text;
using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>
/// One RFC 4180 file per kind. Columns are the node's top-level properties in canonical order; nested
/// values (names, evidence, budgets) are compact JSON in their cell, so nothing is lost.
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
            var columns = new List<string> { "id", "name.ja", "name.en" };
            foreach (var row in rows) foreach (var key in row.Keys) if (!columns.Contains(key)) columns.Add(key);
            var text = new StringBuilder();
            text.AppendJoin(',', columns.Select(Cell)).Append("\r\n");
            foreach (var row in rows)
                text.AppendJoin(',', columns.Select(c => Cell(row.GetValueOrDefault(c) ?? ""))).Append("\r\n");
            var path = Path.Combine(directory, NodeReader.CollectionOf(group.Key) + ".csv");
            await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(true), cancellationToken);
            written.Add($"{path}: {rows.Count} rows");
        }
        return written;
    }

    private static Dictionary<string, string> Flatten(INode node)
    {
        using var doc = JsonDocument.Parse(NodeWriter.ToJson(node));
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name == "name" && p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var n in p.Value.EnumerateObject()) row["name." + n.Name] = Scalar(n.Value);
                continue;
            }
            row[p.Name] = Scalar(p.Value);
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
