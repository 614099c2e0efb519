using Lineage.Core.Engine;

namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>The lineage engine's graph as of one data version of the file; replaced whole, never changed.</summary>
/// <param name="HandOffs">How many hand-offs it holds (how large it is).</param>
internal sealed record GraphSnapshot(long Version, LineageGraph Graph, int HandOffs);
