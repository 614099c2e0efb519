using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// Where a node was read, in eight bytes: the file (or list) it came from and its index there. What the rules across
/// nodes keep of a node instead of the node itself; a <see cref="NodePlaces"/> spells it out for a problem.
/// </summary>
public readonly record struct NodePlace(int Source, int Index);

/// <summary>Spells out a <see cref="NodePlace"/> as a problem names it: the file and the JSON path.</summary>
public abstract class NodePlaces
{
    public abstract (string File, string Path) Locate(NodeKind kind, NodePlace place);

    public DatasetProblem Problem(NodeKind kind, NodePlace place, string at, string message)
    {
        var (file, path) = Locate(kind, place);
        return new DatasetProblem(file, path + at, message);
    }

    /// <summary>Places in dataset files: the file's number in <paramref name="files"/> and the item's index in its kind's collection.</summary>
    public static NodePlaces InFiles(IReadOnlyList<string> files) => new FilePlaces(files);

    /// <summary>Places in a list of nodes read already: the index in <paramref name="nodes"/>.</summary>
    public static NodePlaces InList(IReadOnlyList<LocatedNode> nodes) => new ListPlaces(nodes);

    private sealed class FilePlaces(IReadOnlyList<string> files) : NodePlaces
    {
        public override (string File, string Path) Locate(NodeKind kind, NodePlace place) =>
            (files[place.Source], $"$.{NodeReader.CollectionOf(kind)}[{place.Index}]");
    }

    private sealed class ListPlaces(IReadOnlyList<LocatedNode> nodes) : NodePlaces
    {
        public override (string File, string Path) Locate(NodeKind kind, NodePlace place) => (nodes[place.Index].File, nodes[place.Index].Path);
    }
}
