using System.Text;
using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>Dataset files in the canonical form the importer reads, one per kind, so export → import round-trips byte for byte.</summary>
internal sealed class JsonExport : IExportFormat
{
    public string Name => "json";

    public async Task<IReadOnlyList<string>> WriteAsync(Dataset dataset, string directory, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var group in dataset.Nodes().GroupBy(n => n.Kind))
        {
            var collection = NodeReader.CollectionOf(group.Key);
            var path = Path.Combine(directory, collection + ".json");
            await File.WriteAllTextAsync(path, JsonFile(collection, group), new UTF8Encoding(false), cancellationToken);
            written.Add($"{path}: {group.Count()} {collection}");
        }
        return written;
    }

    internal static string JsonFile(string collection, IEnumerable<INode> nodes)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, NodeWriter.Options with { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "./lineage.schema.json");
            w.WriteStartArray(collection);
            foreach (var node in nodes.OrderBy(n => n.Id, StringComparer.Ordinal)) NodeWriter.Write(w, node);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
