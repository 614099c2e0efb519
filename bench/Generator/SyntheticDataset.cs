using System.Buffers;
using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using ProgramNode = Lineage.Core.Model.Program; // the generator has a Program of its own (its entry point)

namespace Lineage.Bench.Generator;

/// <summary>
/// A national-scale graph in the data/ format: 8 ministries with two agencies each, programs up to three deep with
/// joint runners and regional ones, a tree of regions (blocks, prefectures, cities), projects located in them, and
/// hand-offs — chains of one to eight per seed, some seeds branching, aggregate hand-offs, cohorts — over fiscal years
/// 2000–2025, evidence on everything. Written as it is made, a file per kind and chunk, so memory stays small.
/// </summary>
public static class SyntheticDataset
{
    // Half the 16 MB a dataset file may be (DatasetFiles), with room for long names.
    private const int ChunkSize = 50_000;
    private static readonly IReadOnlyList<Evidence> Evidence = [new("source:synthetic", "synthetic")];
    // Chain lengths 1–8, short ones most common (the mean is about 2.9 hand-offs a seed).
    private static readonly int[] ChainLengths = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8];

    public static IReadOnlyDictionary<string, int> Write(GeneratorOptions o)
    {
        Directory.CreateDirectory(o.Out);
        var random = new Random(o.Seed);
        var counts = new Dictionary<string, int>();
        void Count(string kind, int n) => counts[kind] = counts.GetValueOrDefault(kind) + n;

        WriteFile(o.Out, "sources.json", "sources", [new Source("source:synthetic", "synthetic.txt", new("合成データ", "Synthetic data"), "Lineage bench", null, Evidence)]);
        Count("sources", 1);

        var ministries = Enum.GetValues<MinistryCode>().Select(c => new Ministry($"ministry:{c.ToString().ToLowerInvariant()}", c, new($"{c}省", c.ToString()), Evidence)).ToList();
        var agencies = ministries.SelectMany(m => Enumerable.Range(1, 2).Select(i => new Agency($"agency:{m.Code.ToString().ToLowerInvariant()}-{i}",
            $"{m.Code}{i}", new($"{m.Code}機構{i}", $"{m.Code} agency {i}"), m.Id, Evidence))).ToList();
        WriteFile(o.Out, "ministries.json", "ministries", ministries);
        WriteFile(o.Out, "agencies.json", "agencies", agencies);
        Count("ministries", ministries.Count);
        Count("agencies", agencies.Count);
        var runners = ministries.Select(m => m.Id).Concat(agencies.Select(a => a.Id)).ToArray();

        var regionCount = Math.Clamp(o.Transfers / 1000, 60, 1000);
        var regions = new List<Region>();
        for (var i = 0; i < regionCount; i++)
        {
            var (kind, within) = i < 10 ? (RegionKind.Block, (string?)null)
                : i < 57 ? (RegionKind.Prefecture, regions[random.Next(10)].Id)
                : (RegionKind.City, regions[10 + random.Next(47)].Id);
            regions.Add(new Region($"region:r{i}", new($"地域{i}", $"Region {i}"), kind, within, Evidence));
        }
        WriteFile(o.Out, "regions.json", "regions", regions);
        Count("regions", regions.Count);

        var programCount = Math.Clamp(o.Transfers / 10, 100, 100_000);
        var depth = new int[programCount];
        var programs = new List<ProgramNode>(programCount);
        for (var i = 0; i < programCount; i++)
        {
            int? parent = i > 0 && random.NextDouble() < 0.2 ? random.Next(i) : null;
            if (parent is { } p && depth[p] >= 2) parent = null;
            depth[i] = parent is { } q ? depth[q] + 1 : 0;
            var runBy = parent is { } pp ? programs[pp].RunBy : runners[random.Next(runners.Length)];
            var joint = random.NextDouble() < 0.05 ? runners[random.Next(runners.Length)] : null;
            var start = 2000 + random.Next(20);
            programs.Add(new ProgramNode($"program:p{i}", new($"事業{i}", $"Program {i}"), runBy, joint is null || joint == runBy ? [] : [joint],
                parent is { } x ? $"program:p{x}" : null, null, start, start + random.Next(6), null,
                random.NextDouble() < 0.15 ? [regions[random.Next(regions.Count)].Id] : [], [], Evidence));
        }
        WriteChunks(o.Out, "programs", programs);
        Count("programs", programs.Count);
        programs = null!; // the hand-offs need only the count from here on

        var projectCount = Math.Max(10, o.Transfers * 3 / 10);
        var projects = Enumerable.Range(0, projectCount).Select(i => new Project($"project:s{i}", new($"シーズ{i}", $"Seed {i}"),
            random.NextDouble() < 0.7 ? [regions[random.Next(regions.Count)].Id] : [], [], Evidence));
        WriteChunks(o.Out, "projects", projects);
        Count("projects", projectCount);

        var transfers = HandOffs(o.Transfers, programCount, projectCount, random, out var cohorts);
        WriteChunks(o.Out, "transfers", transfers);
        Count("transfers", o.Transfers);
        WriteFile(o.Out, "cohorts.json", "cohorts", cohorts);
        Count("cohorts", cohorts.Count);
        return counts;
    }

    // Exactly `total` hand-offs: seeds' chains (and branches) first, aggregate hand-offs for the last twentieth.
    private static List<Transfer> HandOffs(int total, int programCount, int projectCount, Random random, out List<Cohort> cohorts)
    {
        var list = new List<Transfer>(total);
        var chained = total - total / 20;
        for (var s = 0; s < projectCount && list.Count < chained; s++)
        {
            var length = Math.Min(ChainLengths[random.Next(ChainLengths.Length)], chained - list.Count);
            var path = new List<int> { random.Next(programCount) };
            while (path.Count <= length)
            {
                var next = random.Next(programCount);
                if (!path.Contains(next)) path.Add(next);
            }
            var known = random.NextDouble() >= 0.05;
            var year = 2000 + random.Next(18);
            var stage = 0;
            for (var h = 0; h < length; h++)
            {
                var to = Math.Min(2025, year + random.Next(3));
                stage = Math.Min(4, stage + random.Next(2));
                list.Add(Transfer(list.Count, path[h], path[h + 1], $"project:s{s}", known ? year : null, known ? to : null, (Stage)stage, null, null));
                year = to;
            }
            // A branch: one program of the chain hands the seed to one more program as well.
            if (random.NextDouble() < 0.1 && list.Count < chained)
            {
                int other;
                do other = random.Next(programCount); while (path.Contains(other));
                var at = random.Next(length);
                list.Add(Transfer(list.Count, path[at], other, $"project:s{s}", known ? 2000 + random.Next(18) : null, null, (Stage)random.Next(5), null, null));
            }
        }
        cohorts = [];
        while (list.Count < total)
        {
            var grouped = random.NextDouble() < 0.3 ? Math.Min(2 + random.Next(3), total - list.Count) : 1;
            var cohort = grouped > 1 ? $"cohort:c{cohorts.Count}" : null;
            var counted = 0;
            for (var k = 0; k < grouped; k++)
            {
                var from = random.Next(programCount);
                int to;
                do to = random.Next(programCount); while (to == from);
                int? count = random.NextDouble() < 0.7 ? 1 + random.Next(20) : null;
                counted += count ?? 0;
                var year = 2000 + random.Next(25);
                list.Add(Transfer(list.Count, from, to, null, year, Math.Min(2025, year + 1), (Stage)random.Next(5), count, cohort));
            }
            if (cohort is not null) cohorts.Add(new Cohort(cohort, counted + 1 + random.Next(10), null, null, Evidence));
        }
        return list;
    }

    private static Transfer Transfer(int i, int from, int to, string? project, int? fromYear, int? toYear, Stage stage, int? count, string? cohort) =>
        new($"transfer:t{i}", $"program:p{from}", $"program:p{to}", project, fromYear, toYear, stage, count, cohort, null, Evidence);

    private static void WriteChunks<T>(string folder, string collection, IEnumerable<T> nodes) where T : INode
    {
        var chunk = 0;
        foreach (var part in nodes.Chunk(ChunkSize))
            WriteFile(folder, $"{collection}-{chunk++:D3}.json", collection, part);
    }

    // A hand-off's basis is left out when it is STATED, what an absent basis means: the files read the same here and
    // in code from before basis existed, so bench/run.sh --before imports the same bytes into the older server.
    private static readonly byte[] StatedBasis = ",\"basis\":\"STATED\""u8.ToArray();

    private static void WriteFile<T>(string folder, string name, string collection, IEnumerable<T> nodes) where T : INode
    {
        using var stream = File.Create(Path.Combine(folder, name));
        using var w = new Utf8JsonWriter(stream, NodeWriter.Options with { Indented = false });
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var one = new Utf8JsonWriter(buffer, NodeWriter.Options with { Indented = false });
        w.WriteStartObject();
        w.WriteStartArray(collection);
        foreach (var node in nodes)
        {
            buffer.ResetWrittenCount();
            one.Reset(buffer);
            NodeWriter.Write(one, node);
            one.Flush();
            var json = buffer.WrittenSpan;
            var at = node is Transfer ? json.IndexOf(StatedBasis) : -1;
            w.WriteRawValue(at < 0 ? json : [.. json[..at], .. json[(at + StatedBasis.Length)..]], skipInputValidation: true);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
