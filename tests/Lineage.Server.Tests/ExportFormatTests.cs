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
        Assert.Equal(_data.Nodes().Count() - _data.Transfers.Count - _data.Links.Count, nodeIds.Count);
        var transfers = graph.Elements(ns + "edge").Where(e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "e_type" && d.Value == "TRANSFERRED_TO")).ToList();
        Assert.Equal(_data.Transfers.Select(t => t.Id).Order(StringComparer.Ordinal), transfers.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));
        var links = graph.Elements(ns + "edge").Where(e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "e_type" && d.Value == "LINKED_TO")).ToList();
        Assert.Equal(_data.Links.Select(l => l.Id).Order(StringComparer.Ordinal), links.Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));
        // Every data element names a declared key (GraphML readers refuse undeclared ones): basis, inference and kind included.
        var keys = XDocument.Load(file).Root!.Elements(ns + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(graph.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
        Assert.Equal(_data.Transfers.Count(t => t.Basis == Lineage.Core.Model.Basis.Inferred),
            transfers.Count(e => e.Elements(ns + "data").Any(d => (string?)d.Attribute("key") == "e_basis" && d.Value == "INFERRED")));
        Assert.All(graph.Elements(ns + "edge"), e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
    }

    /// <summary>
    /// The GraphML primer's typing rules, read with a plain XmlReader: keys come before the graph, each key's `for` is a
    /// GraphML domain and its attr.type a GraphML type, every data element names a key of its own domain, and each value
    /// parses as its key's type. Fiscal years and counts are int, and carry the dataset's numbers.
    /// </summary>
    [Fact]
    public async Task GraphML_declares_typed_keys_and_every_value_parses_as_its_type()
    {
        var file = Path.Combine(await Export("graphml"), "lineage.graphml");
        const string ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = new Dictionary<string, (string For, string Type, string Name)>(StringComparer.Ordinal);
        var values = new List<(string Element, string? Owner, string Key, string Value)>();
        var graphSeen = false;
        string? owner = null;
        using (var reader = System.Xml.XmlReader.Create(file, new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit }))
        {
            var stack = new Stack<string>();
            while (reader.Read())
            {
                if (reader.NodeType != System.Xml.XmlNodeType.Element) continue;
                Assert.Equal(ns, reader.NamespaceURI);
                switch (reader.LocalName)
                {
                    case "key":
                        Assert.False(graphSeen, "GraphML keys must come before the graph");
                        keys.Add(reader.GetAttribute("id")!, (reader.GetAttribute("for")!, reader.GetAttribute("attr.type")!, reader.GetAttribute("attr.name")!));
                        break;
                    case "graph":
                        graphSeen = true;
                        break;
                    case "node" or "edge":
                        owner = reader.LocalName + ":" + reader.GetAttribute("id");
                        break;
                    case "data":
                        var key = reader.GetAttribute("key")!;
                        values.Add((owner!.Split(':')[0], owner, key, reader.ReadElementContentAsString()));
                        break;
                }
            }
        }
        Assert.All(keys.Values, k => Assert.Contains(k.For, (string[])["node", "edge", "graph", "all"]));
        Assert.All(keys.Values, k => Assert.Contains(k.Type, (string[])["boolean", "int", "long", "float", "double", "string"]));
        foreach (var (element, _, key, value) in values)
        {
            Assert.True(keys.TryGetValue(key, out var k), $"data names the undeclared key {key}");
            Assert.True(k.For == element || k.For == "all", $"key {key} is for {k.For}, used on an {element}");
            if (k.Type == "int") Assert.True(int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _), $"{key} = '{value}' is not an int");
        }
        Assert.Equal(("edge", "int"), (keys["e_fromFiscalYear"].For, keys["e_fromFiscalYear"].Type));
        Assert.Equal("int", keys["e_toFiscalYear"].Type);
        Assert.Equal("int", keys["e_count"].Type);
        Assert.Equal("int", keys["n_startFiscalYear"].Type);
        foreach (var t in _data.Transfers.Where(t => t.FromFiscalYear is not null))
            Assert.Contains(values, v => v.Owner == "edge:" + t.Id && v.Key == "e_fromFiscalYear" && v.Value == t.FromFiscalYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var p in _data.Programs.Where(p => p.StartFiscalYear is not null))
            Assert.Contains(values, v => v.Owner == "node:" + p.Id && v.Key == "n_startFiscalYear" && v.Value == p.StartFiscalYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CSV_is_one_file_per_kind_without_a_byte_order_mark_read_back_by_a_real_parser()
    {
        var dir = await Export("csv");
        foreach (var kind in _data.Nodes().GroupBy(n => n.Kind))
        {
            var file = Path.Combine(dir, NodeReader.CollectionOf(kind.Key) + ".csv");
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{file} starts with a BOM");
            var (header, records) = ReadCsv(file);
            Assert.Equal("id", header[0]);
            Assert.Equal(kind.Select(n => n.Id).Order(StringComparer.Ordinal), records.Select(r => r["id"]));
            Assert.All(records, r => Assert.Equal(header.Count, r.Count));
        }
    }

    [Fact]
    public async Task CSV_transfers_have_their_columns_in_the_datasets_order_and_their_values()
    {
        var (header, records) = ReadCsv(Path.Combine(await Export("csv"), "transfers.csv"));

        // The dataset's field order (data/lineage.schema.json, NodeWriter): from before to, fromFiscalYear before toFiscalYear.
        Assert.Equal(["id", "from", "to", "project", "fromFiscalYear", "toFiscalYear", "stage", "count", "cohort", "note", "evidence"],
            header.Where(h => h is "id" or "from" or "to" or "project" or "fromFiscalYear" or "toFiscalYear" or "stage" or "count" or "cohort" or "note" or "evidence"));
        foreach (var t in _data.Transfers)
        {
            var row = records.Single(r => r["id"] == t.Id);
            Assert.Equal(t.From, row["from"]);
            Assert.Equal(t.To, row["to"]);
            Assert.Equal(t.FromFiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", row["fromFiscalYear"]);
            Assert.Equal(t.ToFiscalYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", row["toFiscalYear"]);
            Assert.Equal(EnumText.ToText(t.Stage), row["stage"]);
            Assert.Equal(t.Note ?? "", row["note"].TrimStart('\''));
            using var evidence = System.Text.Json.JsonDocument.Parse(row["evidence"]);
            Assert.Equal(t.Evidence.Select(e => e.Quote), evidence.RootElement.EnumerateArray().Select(e => e.GetProperty("quote").GetString()));
        }
    }

    /// <summary>CsvHelper, strict: RFC 4180 quoting, a bad field or a missing one is an error, not a guess.</summary>
    private static (List<string> Header, List<Dictionary<string, string>> Records) ReadCsv(string file)
    {
        var config = new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture)
        {
            Mode = CsvHelper.CsvMode.RFC4180,
            DetectColumnCountChanges = true,
            BadDataFound = context => throw new InvalidDataException($"bad CSV at row {context.Context.Parser?.Row}: {context.RawRecord}"),
        };
        using var reader = new StreamReader(file, new System.Text.UTF8Encoding(false));
        using var csv = new CsvHelper.CsvReader(reader, config);
        Assert.True(csv.Read() && csv.ReadHeader());
        var header = csv.HeaderRecord!.ToList();
        var records = new List<Dictionary<string, string>>();
        while (csv.Read()) records.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal));
        return (header, records);
    }

    [Fact]
    public async Task Cypher_merges_every_node_and_relationship_with_escaped_literals()
    {
        var script = await File.ReadAllLinesAsync(Path.Combine(await Export("cypher"), "lineage.cypher"));
        Assert.Equal(_data.Nodes().Count() - _data.Transfers.Count - _data.Links.Count, script.Count(l => l.StartsWith("MERGE (n:", StringComparison.Ordinal)));
        Assert.Equal(_data.Transfers.Count, script.Count(l => l.Contains("-[r:TRANSFERRED_TO {id: ", StringComparison.Ordinal)));
        Assert.Equal(_data.Links.Count, script.Count(l => l.Contains("-[r:LINKED_TO {id: ", StringComparison.Ordinal)));
        Assert.Contains(script, l => l.Contains("-[r:TRANSFERRED_TO {id: 'transfer:mext-knowledge-cluster-to-meti-regional-consortium-interministry'}]", StringComparison.Ordinal)
            && l.Contains("r.basis = 'INFERRED'", StringComparison.Ordinal) && l.Contains("r.inference = ", StringComparison.Ordinal));
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
        Assert.All((string[])["json", "graphml", "csv", "cypher"], f => Assert.Contains($"'{f}'", errors.ToString(), StringComparison.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
