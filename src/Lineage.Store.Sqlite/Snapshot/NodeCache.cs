using System.Collections.Concurrent;
using Lineage.Core.Model;

namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>
/// Nodes parsed from their canonical JSON at one data version, shared by every request that reads that version: a node
/// is parsed once per version, not once per request. Bounded: past <see cref="Capacity"/> nodes further reads are
/// parsed as before and not kept (on the seed data every node fits; on a national graph the hot ones come first).
/// </summary>
internal sealed class NodeCache
{
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, INode> _nodes = new(StringComparer.Ordinal);

    public bool TryGet(string id, out INode node) => _nodes.TryGetValue(id, out node!);

    public void Add(INode node)
    {
        if (_nodes.Count < Capacity) _nodes.TryAdd(node.Id, node);
    }
}
