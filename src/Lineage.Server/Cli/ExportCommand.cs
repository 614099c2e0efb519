using System.Text;
using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Server.Cli;

internal static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (Help.Wants(args)) return Help.Print(output, "export");
        var format = Option(args, "--format") ?? "json";
        var outDir = Option(args, "--out") ?? "export";
        if (format != "json") return Help.Usage(errors, $"Unknown export format '{format}'. Formats: json.");
        using var host = CliHost.Build(Help.Settings(args));
        var store = host.Services.GetRequiredService<ILineageStore>();
        await store.InitializeAsync(CancellationToken.None);
        var dataset = await store.ExportAsync(CancellationToken.None);
        Directory.CreateDirectory(outDir);
        var written = 0;
        foreach (var group in dataset.Nodes().GroupBy(n => n.Kind))
        {
            var collection = NodeReader.CollectionOf(group.Key);
            var path = Path.Combine(outDir, collection + ".json");
            await File.WriteAllTextAsync(path, JsonFile(collection, group), new UTF8Encoding(false));
            output.WriteLine($"{path}: {group.Count()} {collection}");
            written++;
        }
        if (written == 0) output.WriteLine("The store is empty; nothing written.");
        return 0;
    }

    /// <summary>A dataset file in the canonical form the importer reads, so export → import round-trips.</summary>
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

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
