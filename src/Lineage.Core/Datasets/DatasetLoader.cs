using System.Text.Json;
using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>A node as read, with where it was read from, so problems can point at it.</summary>
public sealed record LocatedNode(INode Node, string File, string Path);

/// <summary>
/// Reads the dataset files of a directory (every *.json except *.schema.json), validates the whole,
/// and either returns the dataset or throws with every problem found.
/// </summary>
public static class DatasetLoader
{
    public static Dataset LoadDirectory(string directory)
    {
        var (nodes, problems) = ReadDirectory(directory);
        problems.AddRange(DatasetValidator.Validate(nodes));
        if (problems.Count > 0) throw new DatasetValidationException(problems);
        return Dataset.FromNodes(nodes.Select(n => n.Node));
    }

    public static (List<LocatedNode> Nodes, List<DatasetProblem> Problems) ReadDirectory(string directory)
    {
        var problems = new List<DatasetProblem>();
        var nodes = new List<LocatedNode>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new DatasetProblem(directory, "$", "dataset directory does not exist"));
            return (nodes, problems);
        }
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) problems.Add(new DatasetProblem(directory, "$", "no dataset files (*.json) in directory"));
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            ReadFile(Path.GetFileName(file), stream, nodes, problems);
        }
        return (nodes, problems);
    }

    public static void ReadFile(string fileName, Stream content, List<LocatedNode> nodes, List<DatasetProblem> problems)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            problems.Add(new DatasetProblem(fileName, "$", $"invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}"));
            return;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new DatasetProblem(fileName, "$", $"expected an object with collections such as \"programs\", found {ItemReader.Describe(root.ValueKind)}"));
                return;
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
                    var path = $"$.{property.Name}[{i++}]";
                    var node = NodeReader.Read(collection.Kind, new ItemReader(item, fileName, path, problems));
                    if (node is not null) nodes.Add(new LocatedNode(node, fileName, path));
                }
            }
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
