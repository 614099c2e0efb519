using Lineage.Core.Datasets;
using Lineage.Core.Model;

namespace Lineage.Core.Store;

/// <summary>A node an import writes: its canonical JSON, and whether the store lacks it (created) or holds another version (updated).</summary>
public sealed record ImportWrite(INode Node, string Json, bool Created);

/// <summary>
/// What an import does to a store, decided the same way for every store: by comparing each node's canonical JSON
/// with the stored one. Nodes the dataset lacks are deleted (an import is a sync, so a fact removed from data/ stops
/// being served); unchanged nodes are not touched. A dry run is this plan's report without its writes.
/// </summary>
public sealed record ImportPlan(IReadOnlyList<ImportWrite> Writes, IReadOnlyList<string> Deletes, ImportReport Report)
{
    /// <param name="stored">Every id the store holds, with its canonical JSON.</param>
    public static ImportPlan Of(Dataset dataset, IReadOnlyDictionary<string, string> stored)
    {
        var counts = new Dictionary<NodeKind, KindCounts>();
        void Count(NodeKind kind, Func<KindCounts, KindCounts> add) => counts[kind] = add(counts.GetValueOrDefault(kind, new KindCounts(0, 0, 0)));

        var writes = new List<ImportWrite>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in dataset.Nodes())
        {
            keep.Add(node.Id);
            var json = NodeWriter.ToJson(node);
            var before = stored.GetValueOrDefault(node.Id);
            if (before == json)
            {
                Count(node.Kind, k => k with { Unchanged = k.Unchanged + 1 });
                continue;
            }
            writes.Add(new ImportWrite(node, json, before is null));
            Count(node.Kind, k => before is null ? k with { Created = k.Created + 1 } : k with { Updated = k.Updated + 1 });
        }

        var deletes = stored.Keys.Where(id => !keep.Contains(id)).Order(StringComparer.Ordinal).ToList();
        foreach (var id in deletes)
        {
            var kind = NodeKinds.FromId(id) ?? throw new InvalidOperationException($"The store holds '{id}', whose id names no kind of node; was it written by this service?");
            Count(kind, k => k with { Deleted = k.Deleted + 1 });
        }
        return new ImportPlan(writes, deletes, new ImportReport(counts));
    }
}
