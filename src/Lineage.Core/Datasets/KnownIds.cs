using Lineage.Core.Model;

namespace Lineage.Core.Datasets;

/// <summary>
/// Every id a dataset defines, with its kind and the place of its first definition: what references are checked
/// against. Known before any node is checked, so that a reference into a file read later resolves; a dataset's ids,
/// not its nodes, are what an import holds from start to end.
/// </summary>
public sealed class KnownIds
{
    private readonly Dictionary<string, (NodeKind Kind, NodePlace First)> _ids;

    private readonly Dictionary<string, (NodeKind Kind, NodePlace First)>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public KnownIds(int capacity = 0)
    {
        _ids = new Dictionary<string, (NodeKind, NodePlace)>(capacity, StringComparer.Ordinal);
        _byText = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    /// <summary>Records an id's definition; a second definition of an id keeps the first.</summary>
    public void Add(string id, NodeKind kind, NodePlace place) => _ids.TryAdd(id, (kind, place));

    public bool Contains(string id) => _ids.ContainsKey(id);

    public bool TryGet(string id, out NodeKind kind, out NodePlace first)
    {
        var found = _ids.TryGetValue(id, out var known);
        (kind, first) = known;
        return found;
    }

    /// <summary>The string of a known id, for text that is one (<see cref="ReferencePool"/>).</summary>
    internal bool TryGetId(ReadOnlySpan<char> text, out string id) => _byText.TryGetValue(text, out id!, out _);

    /// <summary>How many ids of each kind.</summary>
    public IReadOnlyDictionary<NodeKind, int> CountsByKind() =>
        _ids.Values.GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => g.Count());
}
