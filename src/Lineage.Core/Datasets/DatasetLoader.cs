using System.Text.Json;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>A node as read, with where it was read from, so problems can point at it.</summary>
public sealed record LocatedNode(INode Node, string File, string Path)
{
    /// <summary>Item <paramref name="index"/> of <paramref name="collection"/>: its path is spelt out only when a problem names it.</summary>
    public LocatedNode(INode node, string file, string collection, int index) : this(node, file, null!)
    {
        _collection = collection;
        _index = index;
    }

    private readonly string? _collection;
    private readonly int _index;
    private string? _path = Path;

    public string Path
    {
        get => _path ??= $"$.{_collection}[{_index}]";
        init => _path = value;
    }
}

/// <summary>What checking a dataset folder found: every problem, how many nodes of each kind, and the folder to import.</summary>
/// <param name="ReferencesChecked">False when a file could not be read at all: references into it would all look
/// dangling, so the rules across nodes wait until every file reads (one typo, one problem — not hundreds).</param>
public sealed record DatasetCheck(IReadOnlyList<DatasetProblem> Problems, bool ReferencesChecked)
{
    /// <summary>The <see cref="DatasetFingerprint"/> of the files as they were read; null when one could not be read.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The nodes read, per kind.</summary>
    public IReadOnlyDictionary<NodeKind, int> Counts { get; init; } = new Dictionary<NodeKind, int>();

    public int NodeCount => Counts.Values.Sum();

    /// <summary>The nodes read, in file order, when the check was asked to keep them; null otherwise.</summary>
    public IReadOnlyList<LocatedNode>? Nodes { get; init; }

    /// <summary>The folder as checked, to import a file at a time (null when it has problems).</summary>
    public DatasetFolder? Folder { get; init; }

    /// <summary>How many files (or the folder) could not be read at all.</summary>
    internal int Unread { get; init; }

    /// <summary>The dataset read (call only when there are no problems), carrying the files' fingerprint.</summary>
    public Dataset ToDataset() => Nodes is { } nodes
        ? Dataset.FromNodes(nodes.Select(n => n.Node)) with { Fingerprint = Fingerprint }
        : throw new InvalidOperationException("The check did not keep the nodes; read them from its Folder.");
}

/// <summary>
/// Reads and checks the dataset files of a directory (every *.json except *.schema.json) a file at a time, so that the
/// nodes are never all in memory: first the text of every file (encoding, syntax, repeated keys) and the ids it
/// defines; then each file's nodes, read and checked against those ids, keeping of each node only what the rules
/// across nodes need (<see cref="CrossFacts"/>). An import then reads the files a third time (<see cref="DatasetFolder"/>).
/// </summary>
public static class DatasetLoader
{
    public static Dataset LoadDirectory(string directory)
    {
        var check = Check(directory, keepNodes: true);
        if (check.Problems.Count > 0) throw new DatasetValidationException(check.Problems);
        return check.ToDataset();
    }

    /// <param name="keepNodes">Keep the nodes read (<see cref="DatasetCheck.Nodes"/>): for a dataset that is used in memory.</param>
    public static DatasetCheck Check(string directory, bool keepNodes = false) => Read(directory, keepNodes, checkRules: true);

    /// <summary>Every file's nodes and problems, without the rules beyond each node's shape; <c>Unread</c> counts the files (or the folder) that could not be read at all.</summary>
    public static (List<LocatedNode> Nodes, List<DatasetProblem> Problems, int Unread) ReadDirectory(string directory)
    {
        var check = Read(directory, keepNodes: true, checkRules: false);
        return ([.. check.Nodes!], [.. check.Problems], check.Unread);
    }

    private static DatasetCheck Read(string directory, bool keepNodes, bool checkRules)
    {
        var problems = new List<DatasetProblem>();
        var files = DatasetFiles.Find(directory, problems).Where(f => f.FullPath is not null).ToList();
        var unread = problems.Count;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };

        // Files are read side by side (a core each; one file's bytes in memory per core), and what each gave is put
        // together in file order, so nodes and problems come in the same order however the reads interleave.
        var scans = new FileScan[files.Count];
        Parallel.For(0, files.Count, parallel, i => scans[i] = Scan(files[i]));
        var known = new KnownIds(scans.Sum(s => s.Ids.Count));
        for (var i = 0; i < scans.Length; i++)
        {
            foreach (var (kind, index, id) in scans[i].Ids) known.Add(id, kind, new NodePlace(i, index));
            scans[i].Ids.Clear();
            scans[i].Ids.TrimExcess();
        }
        unread += scans.Count(s => s.Hash is null);
        var pool = new ReferencePool(known);

        var places = NodePlaces.InFiles(files.ConvertAll(f => f.Name));
        var rules = checkRules && unread == 0;
        var reads = new FileRead[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (scans[i].Hash is { } hash) reads[i] = ReadNodes(files[i], i, hash, rules ? known : null, places, pool, keepNodes);
        });
        for (var i = 0; i < files.Count; i++)
        {
            problems.AddRange(scans[i].Problems);
            if (reads[i] is { } read) problems.AddRange(read.Problems);
        }
        var changed = reads.Count(r => r is { Changed: true });
        var checkedParts = reads.Where(r => r?.Checked is not null).Select(r => r!.Checked!).ToList();
        rules &= changed == 0;
        if (rules) problems.AddRange(DatasetValidator.Finish(checkedParts, places));

        var counts = new Dictionary<NodeKind, int>();
        foreach (var read in reads.OfType<FileRead>())
            foreach (var (kind, count) in read.Counts) counts[kind] = counts.GetValueOrDefault(kind) + count;
        var fingerprint = unread + changed == 0 ? DatasetFingerprint.Combine(files.Select((f, i) => (f.Name, scans[i].Hash!))) : null;
        return new DatasetCheck(problems, unread + changed == 0)
        {
            Unread = unread + changed,
            Fingerprint = fingerprint,
            Counts = counts,
            Nodes = keepNodes ? reads.OfType<FileRead>().SelectMany(r => r.Nodes!).ToList() : null,
            Folder = problems.Count == 0 && checkRules ? new DatasetFolder(files, scans.Select(s => s.Hash!).ToList(), known, counts.Values.Sum(), fingerprint, pool) : null,
        };
    }

    /// <summary>What the first reading of a file found: its problems, its hash (null when its text is unsound) and the ids it defines.</summary>
    private sealed record FileScan(List<DatasetProblem> Problems, byte[]? Hash, List<(NodeKind Kind, int Index, string Id)> Ids);

    private static FileScan Scan(DatasetFiles.Entry file)
    {
        var problems = new List<DatasetProblem>();
        var ids = new FileIds();
        using var bytes = DatasetFiles.Read(file, problems);
        if (bytes is null || !StrictJson.Check(file.Name, bytes.Memory, problems, ids)) return new FileScan(problems, null, []);
        if (StrictJson.RootKind(bytes.Memory) is not JsonValueKind.Object and var root)
        {
            problems.Add(NotAnObject(file.Name, root));
            return new FileScan(problems, null, []);
        }
        return new FileScan(problems, DatasetFingerprint.OfFile(bytes.Span), ids.Found);
    }

    /// <summary>The ids of a file's items: the strings that the nodes read next share (<see cref="ReferencePool"/>).</summary>
    private sealed class FileIds : StrictJson.IItemIds
    {
        public List<(NodeKind Kind, int Index, string Id)> Found { get; } = [];

        public void Add(string collection, int index, ReadOnlySpan<char> id)
        {
            if (id.Length > 0 && NodeReader.TryKindOf(collection, out var kind)) Found.Add((kind, index, id.ToString()));
        }
    }

    /// <summary>What the second reading of a file found: its problems, what its nodes' checks found, its count per kind, and its nodes when kept.</summary>
    private sealed record FileRead(List<DatasetProblem> Problems, DatasetValidator.CheckedPart? Checked, Dictionary<NodeKind, int> Counts, List<LocatedNode>? Nodes, bool Changed);

    private static FileRead ReadNodes(DatasetFiles.Entry file, int number, byte[] hash, KnownIds? known, NodePlaces places, ReferencePool pool, bool keepNodes)
    {
        var problems = new List<DatasetProblem>();
        var counts = new Dictionary<NodeKind, int>();
        var nodes = keepNodes ? new List<LocatedNode>() : null;
        using var bytes = DatasetFiles.Read(file, problems);
        if (bytes is null || !DatasetFingerprint.OfFile(bytes.Span).AsSpan().SequenceEqual(hash))
        {
            problems.Add(ChangedWhileRead(file.Name));
            return new FileRead(problems, null, counts, nodes, Changed: true);
        }
        using var checks = known is null ? null : new DatasetValidator.NodeChecks(known, places);
        using (var doc = StrictJson.Document(bytes.Memory))
        {
            foreach (var (node, index) in Items(file.Name, doc, problems, pool))
            {
                counts[node.Node.Kind] = counts.GetValueOrDefault(node.Node.Kind) + 1;
                checks?.Check(node, new NodePlace(number, index));
                nodes?.Add(node);
            }
        }
        return new FileRead(problems, checks?.Found, counts, nodes, Changed: false);
    }

    private static DatasetProblem NotAnObject(string file, JsonValueKind root) =>
        new(file, "$", $"expected an object with collections such as \"programs\", found {ItemReader.Describe(root)}");

    internal static DatasetProblem ChangedWhileRead(string file) =>
        new(file, "$", "the file changed while the dataset was being read; nothing was written — run the command again once the files are complete");

    /// <summary>Reads one file's collections into nodes; false when the file is not a JSON object that can be read at all.</summary>
    public static bool ReadFile(string fileName, byte[] content, List<LocatedNode> nodes, List<DatasetProblem> problems)
    {
        using var doc = StrictJson.Parse(fileName, content, problems);
        if (doc is null) return false;
        nodes.AddRange(Items(fileName, doc, problems, null).Select(n => n.Node));
        return doc.RootElement.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The nodes of a sound file's collections, one at a time, with each one's index in its collection; what cannot be read is a problem instead.</summary>
    internal static IEnumerable<(LocatedNode Node, int Index)> Items(string fileName, JsonDocument doc, List<DatasetProblem> problems, ReferencePool? pool)
    {
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add(NotAnObject(fileName, root.ValueKind));
            yield break;
        }
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name == "$schema") continue;
            if (!NodeReader.TryKindOf(property.Name, out var kind))
            {
                problems.Add(new DatasetProblem(fileName, $"$.{property.Name}",
                    $"unknown collection '{property.Name}' (expected one of {string.Join(", ", NodeReader.Collections.Select(c => c.Collection))})"));
                continue;
            }
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DatasetProblem(fileName, $"$.{property.Name}", $"expected an array, found {ItemReader.Describe(property.Value.ValueKind)}"));
                continue;
            }
            // The collection's one string, not a new one per item (JsonProperty.Name makes one each time it is read).
            var collection = NodeReader.CollectionOf(kind);
            var i = 0;
            foreach (var item in property.Value.EnumerateArray())
            {
                var node = NodeReader.Read(kind, new ItemReader(item, fileName, collection, i, problems, pool));
                if (node is not null) yield return (new LocatedNode(node, fileName, collection, i), i);
                i++;
            }
        }
    }
}
