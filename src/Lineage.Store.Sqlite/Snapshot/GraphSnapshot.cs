using Lineage.Core.Engine;

namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>
/// The lineage engine's graph as of one data version of the file, and the nodes parsed at that version; replaced
/// whole when the version moves, never changed.
/// </summary>
/// <param name="HandOffs">How many hand-offs it holds (how large it is).</param>
internal sealed record GraphSnapshot(long Version, LineageGraph Graph, int HandOffs)
{
    public NodeCache Nodes { get; } = new();
}
