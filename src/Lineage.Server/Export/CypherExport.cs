using System.Globalization;
using System.Text;
using Lineage.Core.Datasets;
using Lineage.Core.Graph;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>
/// A cypher-shell script that recreates the graph with MERGE, so running it twice changes nothing.
/// Values are written as escaped literals: this is a file for a user to run, not a statement the service sends.
/// </summary>
internal sealed class CypherExport : IExportFormat
{
    public string Name => "cypher";

    public async Task<IReadOnlyList<string>> WriteAsync(Dataset dataset, string directory, CancellationToken cancellationToken)
    {
        var nodes = Relationships.Nodes(dataset).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = Relationships.Of(dataset).ToList();
        var s = new StringBuilder();
        s.Append("// Lineage graph export: run with  cypher-shell -f lineage.cypher\n");
        foreach (var label in nodes.Select(Relationships.Label).Distinct().Order(StringComparer.Ordinal))
            s.Append(CultureInfo.InvariantCulture, $"CREATE CONSTRAINT {label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;\n");
        foreach (var n in nodes)
        {
            s.Append(CultureInfo.InvariantCulture, $"MERGE (n:{Relationships.Label(n)} {{id: {Literal(n.Id)}}}) SET n.nameJa = {Literal(n.Name.Ja)}");
            if (n.Name.En is not null) s.Append(CultureInfo.InvariantCulture, $", n.nameEn = {Literal(n.Name.En)}");
            s.Append(CultureInfo.InvariantCulture, $", n.json = {Literal(NodeWriter.ToJson(n))};\n");
        }
        foreach (var e in edges)
        {
            var from = nodes.First(n => n.Id == e.From);
            var to = nodes.First(n => n.Id == e.To);
            s.Append(CultureInfo.InvariantCulture, $"MATCH (a:{Relationships.Label(from)} {{id: {Literal(e.From)}}}), (b:{Relationships.Label(to)} {{id: {Literal(e.To)}}}) ");
            if (e.Id is null)
            {
                s.Append(CultureInfo.InvariantCulture, $"MERGE (a)-[r:{e.Type}]->(b)");
                var props = e.Properties.Where(p => p.Value is not null).ToList();
                if (props.Count > 0) s.Append(" SET ").AppendJoin(", ", props.Select(p => $"r.{p.Key} = {Literal(p.Value)}"));
            }
            else
            {
                s.Append(CultureInfo.InvariantCulture, $"MERGE (a)-[r:{e.Type} {{id: {Literal(e.Id)}}}]->(b)");
                var props = e.Properties.Where(p => p.Key != "id" && p.Value is not null).ToList();
                if (props.Count > 0) s.Append(" SET ").AppendJoin(", ", props.Select(p => $"r.{p.Key} = {Literal(p.Value)}"));
            }
            s.Append(";\n");
        }
        var path = Path.Combine(directory, "lineage.cypher");
        await File.WriteAllTextAsync(path, s.ToString(), new UTF8Encoding(false), cancellationToken);
        return [$"{path}: {nodes.Count} MERGE nodes, {edges.Count} MERGE relationships"];
    }

    internal static string Literal(object? value) => value switch
    {
        null => "null",
        int i => i.ToString(CultureInfo.InvariantCulture),
        string text => "'" + Escape(text) + "'",
        _ => "'" + Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "") + "'",
    };

    private static string Escape(string text)
    {
        var b = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return b.ToString();
    }
}
