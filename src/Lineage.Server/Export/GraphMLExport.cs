using System.Xml;
using Lineage.Core.Datasets;
using Lineage.Core.Graph;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>
/// One GraphML file (Gephi, yEd): nodes with kind, names and fiscal years, every relationship as a typed edge,
/// transfers with their properties. Every attribute is declared with its GraphML type (fiscal years and counts are
/// int), so tools sort and filter them as numbers.
/// </summary>
internal sealed class GraphMLExport : IExportFormat
{
    private static readonly (string Name, string Type)[] NodeKeys =
        [("label", "string"), ("kind", "string"), ("nameJa", "string"), ("nameEn", "string"), ("startFiscalYear", "int"), ("endFiscalYear", "int"), ("total", "int"), ("json", "string")];

    private static readonly (string Name, string Type)[] EdgeKeys =
    [
        ("type", "string"), ("id", "string"), ("projectId", "string"), ("fromFiscalYear", "int"), ("toFiscalYear", "int"), ("stage", "string"),
        ("count", "int"), ("cohort", "string"), ("note", "string"), ("basis", "string"), ("inference", "string"), ("kind", "string"), ("role", "string"), ("evidence", "string"),
    ];

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
            foreach (var (name, type) in NodeKeys) Key(w, name, "node", type);
            foreach (var (name, type) in EdgeKeys) Key(w, name, "edge", type);
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
                if (n is Lineage.Core.Model.Program p)
                {
                    Data(w, "n_startFiscalYear", Number(p.StartFiscalYear));
                    Data(w, "n_endFiscalYear", Number(p.EndFiscalYear));
                }
                if (n is Cohort c) Data(w, "n_total", Number(c.Total));
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

    private static string? Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Key(XmlWriter w, string name, string domain, string type)
    {
        w.WriteStartElement("key");
        w.WriteAttributeString("id", (domain == "node" ? "n_" : "e_") + name);
        w.WriteAttributeString("for", domain);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
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
