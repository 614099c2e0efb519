using System.Xml.Linq;
using Lineage.Core.Datasets;
using Lineage.Server.Cli;
using Lineage.Tests;

namespace Lineage.Server.Tests;

/// <summary>export --format graphml|csv|cypher over the shipped dataset: complete, well-formed, and escaped.</summary>
public sealed class ExportFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("lineage-export-").FullName;
    private readonly Lineage.Core.Model.Dataset _data = DatasetLoader.LoadDirectory(RepoPaths.Data);

    private string Db => "--Lineage:Sqlite:Path=" + Path.Combine(_dir, "lineage.db");

    private async Task<string> Export(string format)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["import", RepoPaths.Data, Db], output, errors));
        var outDir = Path.Combine(_dir, format);
        Assert.Equal(0, await CliApp.RunAsync(["export", "--format", format, "--out", outDir, Db], output, errors));
        return outDir;
    }

    [Fact]
    public async Task GraphML_has_every_node_and_every_transfer_as_an_edge()
    {
        var file = Path.Combine(await Export("graphml"), "lineage.graphml");
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var graph = XDocument.Load(file).Root!.Element(ns + "graph")!;

        var nodeIds = graph.Elements(ns + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Equal(_data.Nodes().Count() - _data.Transfers.Count, nodeIds.Count);
        var transfers = graph.Elements(ns + "edge").Where(e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "e_type" && d.Value == "TRANSFERRED_TO")).ToList();
        Assert.Equal(_data.Transfers.Select(t => t.Id).Order(StringComparer.Ordinal), transfers.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.All(graph.Elements(ns + "edge"), e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
    }

    [Fact]
    public async Task CSV_is_one_file_per_kind_with_one_row_per_node()
    {
        var dir = await Export("csv");
        foreach (var kind in _data.Nodes().GroupBy(n => n.Kind))
        {
            var file = Path.Combine(dir, NodeReader.CollectionOf(kind.Key) + ".csv");
            var records = CsvRecords(File.ReadAllText(file));
            Assert.Equal(["id", "name.ja", "name.en"], records[0].Take(3));
            Assert.Equal(kind.Select(n => n.Id).Order(StringComparer.Ordinal), records.Skip(1).Select(r => r[0]));
            Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        }
    }

    [Fact]
    public async Task Cypher_merges_every_node_and_relationship_with_escaped_literals()
    {
        var script = await File.ReadAllLinesAsync(Path.Combine(await Export("cypher"), "lineage.cypher"));
        Assert.Equal(_data.Nodes().Count() - _data.Transfers.Count, script.Count(l => l.StartsWith("MERGE (n:", StringComparison.Ordinal)));
        Assert.Equal(_data.Transfers.Count, script.Count(l => l.Contains("-[r:TRANSFERRED_TO {id: ", StringComparison.Ordinal)));
        Assert.All(script.Where(l => !l.StartsWith("//", StringComparison.Ordinal)), l => Assert.EndsWith(";", l, StringComparison.Ordinal));
        Assert.Equal("'it\\'s \\\\ a\\nline'", Lineage.Server.Export.CypherExport.Literal("it's \\ a\nline"));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["export", "--format", "xlsx", Db], output, errors));
        Assert.Contains("'xlsx'", errors.ToString(), StringComparison.Ordinal);
        Assert.All(new[] { "json", "graphml", "csv", "cypher" }, f => Assert.Contains($"'{f}'", errors.ToString(), StringComparison.Ordinal));
    }

    /// <summary>A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks.</summary>
    private static List<List<string>> CsvRecords(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFEFF' && i == 0) continue;
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { record.Add(cell.ToString()); cell.Clear(); records.Add(record); record = []; }
            else cell.Append(c);
        }
        return records;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
