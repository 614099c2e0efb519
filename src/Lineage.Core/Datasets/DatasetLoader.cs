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

/// <summary>What checking a dataset folder found: the nodes read and every problem.</summary>
/// <param name="ReferencesChecked">False when a file could not be read at all: references into it would all look
/// dangling, so the rules across nodes wait until every file reads (one typo, one problem — not hundreds).</param>
public sealed record DatasetCheck(IReadOnlyList<LocatedNode> Nodes, IReadOnlyList<DatasetProblem> Problems, bool ReferencesChecked)
{
    /// <summary>The <see cref="DatasetFingerprint"/> of the files as they were read; null when one could not be read.</summary>
    public string? Fingerprint { get; init; }

    /// <summary>The dataset read (call only when there are no problems), carrying the files' fingerprint.</summary>
    public Dataset ToDataset() => Dataset.FromNodes(Nodes.Select(n => n.Node)) with { Fingerprint = Fingerprint };
}

/// <summary>
/// Reads the dataset files of a directory (every *.json except *.schema.json), validates the whole,
/// and either returns the dataset or throws with every problem found.
/// </summary>
public static class DatasetLoader
{
    public static Dataset LoadDirectory(string directory)
    {
        var check = Check(directory);
        if (check.Problems.Count > 0) throw new DatasetValidationException(check.Problems);
        return check.ToDataset();
    }

    public static DatasetCheck Check(string directory)
    {
        var (nodes, problems, unread, fingerprint) = Read(directory);
        if (unread == 0) problems.AddRange(DatasetValidator.Validate(nodes));
        return new DatasetCheck(nodes, problems, unread == 0) { Fingerprint = unread == 0 ? fingerprint : null };
    }

    /// <summary>Every file's nodes and problems; <c>Unread</c> counts the files (or the folder) that could not be read at all.</summary>
    public static (List<LocatedNode> Nodes, List<DatasetProblem> Problems, int Unread) ReadDirectory(string directory)
    {
        var (nodes, problems, unread, _) = Read(directory);
        return (nodes, problems, unread);
    }

    private static (List<LocatedNode> Nodes, List<DatasetProblem> Problems, int Unread, string Fingerprint) Read(string directory)
    {
        var problems = new List<DatasetProblem>();
        var nodes = new List<LocatedNode>();
        var files = DatasetFiles.Find(directory, problems).Where(f => f.FullPath is not null).ToList();
        var unread = problems.Count;
        // Files are read side by side (a core each; one file's bytes in memory per core) and put together in file order,
        // so nodes and problems come in the same order however the reads interleave.
        var pool = new ReferencePool();
        var read = new (List<LocatedNode> Nodes, List<DatasetProblem> Problems, bool Ok, byte[] Hash)[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var fileNodes = new List<LocatedNode>();
            var fileProblems = new List<DatasetProblem>();
            var bytes = DatasetFiles.ReadBytes(files[i], fileProblems);
            var ok = bytes is not null && ReadFile(files[i].Name, bytes, fileNodes, fileProblems, pool);
            read[i] = (fileNodes, fileProblems, ok, bytes is null ? [] : DatasetFingerprint.OfFile(bytes));
        });
        nodes.Capacity = read.Sum(r => r.Nodes.Count);
        foreach (var (fileNodes, fileProblems, ok, _) in read)
        {
            nodes.AddRange(fileNodes);
            problems.AddRange(fileProblems);
            if (!ok) unread++;
        }
        return (nodes, problems, unread, DatasetFingerprint.Combine(files.Select((f, i) => (f.Name, read[i].Hash))));
    }

    /// <summary>Reads one file's collections into nodes; false when the file is not a JSON object that can be read at all.</summary>
    public static bool ReadFile(string fileName, byte[] content, List<LocatedNode> nodes, List<DatasetProblem> problems) =>
        ReadFile(fileName, content, nodes, problems, null);

    private static bool ReadFile(string fileName, byte[] content, List<LocatedNode> nodes, List<DatasetProblem> problems, ReferencePool? pool)
    {
        var doc = StrictJson.Parse(fileName, content, problems);
        if (doc is null) return false;
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new DatasetProblem(fileName, "$", $"expected an object with collections such as \"programs\", found {ItemReader.Describe(root.ValueKind)}"));
                return false;
            }
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name == "$schema") continue;
                var collection = NodeReader.Collections.FirstOrDefault(c => c.Collection == property.Name);
                if (collection.Collection is null)
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
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    var node = NodeReader.Read(collection.Kind, new ItemReader(item, fileName, collection.Collection, i, problems, pool));
                    if (node is not null) nodes.Add(new LocatedNode(node, fileName, collection.Collection, i));
                    i++;
                }
            }
        }
        return true;
    }
}
