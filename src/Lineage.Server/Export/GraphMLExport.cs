using System.Xml;
using Lineage.Core.Datasets;
using Lineage.Core.Graph;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>One GraphML file (Gephi, yEd): nodes with kind and names, every relationship as a typed edge, transfers with their properties.</summary>
internal sealed class GraphMLExport : IExportFormat
{
    private static readonly string[] EdgeKeys = ["type", "id", "projectId", "fromFiscalYear", "toFiscalYear", "stage", "count", "cohort", "note", "basis", "inference", "kind", "role", "evidence"];

    public string Name => "graphml";

    public async Task<IReadOnlyList<string>> WriteAsync(Dataset dataset, string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "lineage.graphml");
        var nodes = Relationships.Nodes(dataset).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = Relationships.Of(dataset).ToList();
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using (var stream = File.Create(path))
        await using (var w = XmlWriter.Create(stream, settings))
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            await w.WriteStartDocumentAsync();
            w.WriteStartElement("graphml", ns);
            Key(w, "label", "node"); Key(w, "kind", "node"); Key(w, "nameJa", "node"); Key(w, "nameEn", "node"); Key(w, "json", "node");
            foreach (var k in EdgeKeys) Key(w, k, "edge");
            w.WriteStartElement("graph", ns);
            w.WriteAttributeString("id", "lineage");
            w.WriteAttributeString("edgedefault", "directed");
            foreach (var n in nodes)
            {
                w.WriteStartElement("node", ns);
                w.WriteAttributeString("id", n.Id);
                Data(w, "n_label", n.Name.Ja);
                Data(w, "n_kind", Relationships.Label(n));
                Data(w, "n_nameJa", n.Name.Ja);
                Data(w, "n_nameEn", n.Name.En);
                Data(w, "n_json", NodeWriter.ToJson(n));
                w.WriteEndElement();
            }
            var i = 0;
            foreach (var e in edges)
            {
                w.WriteStartElement("edge", ns);
                w.WriteAttributeString("id", e.Id ?? $"e{i}");
                w.WriteAttributeString("source", e.From);
                w.WriteAttributeString("target", e.To);
                Data(w, "e_type", e.Type);
                foreach (var (key, value) in e.Properties) Data(w, "e_" + key, value is null ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndElement();
                i++;
            }
            w.WriteEndElement();
            w.WriteEndElement();
            await w.WriteEndDocumentAsync();
        }
        return [$"{path}: {nodes.Count} nodes, {edges.Count} edges ({dataset.Transfers.Count} TRANSFERRED_TO)"];
    }

    private static void Key(XmlWriter w, string name, string domain)
    {
        w.WriteStartElement("key");
        w.WriteAttributeString("id", (domain == "node" ? "n_" : "e_") + name);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", "string");
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (value is null) return;
        w.WriteStartElement("data");
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
