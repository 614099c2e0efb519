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
        var tally = new ImportTally();
        var writes = new List<ImportWrite>();
        foreach (var node in dataset.Nodes())
            if (tally.Decide(node, stored.GetValueOrDefault(node.Id)) is { } write) writes.Add(write);
        var source = ImportSource.Of(dataset);
        var deletes = ImportTally.Gone(stored.Keys, source);
        foreach (var id in deletes) tally.Delete(id);
        return new ImportPlan(writes, deletes, tally.Report());
    }
}

/// <summary>
/// The plan's decisions one node at a time, for a store that compares a batch of nodes with what it holds and writes
/// it before reading the next (so that no copy of every node's JSON is held at once). <see cref="ImportPlan.Of"/> is the
/// same decisions over the whole dataset.
/// </summary>
public sealed class ImportTally
{
    private readonly Dictionary<NodeKind, KindCounts> _counts = [];

    /// <summary>Whether the last decisions changed anything (then the data version moves).</summary>
    public bool Changed { get; private set; }

    /// <summary>The write this node needs, or null when the store holds it unchanged.</summary>
    /// <param name="storedJson">The store's canonical JSON of the node's id, null when it holds no such node.</param>
    public ImportWrite? Decide(INode node, string? storedJson) => Decide(node, NodeWriter.ToJson(node), storedJson);

    /// <param name="json">The node's canonical JSON (<see cref="NodeWriter.ToJson"/>), when the caller made it already.</param>
    public ImportWrite? Decide(INode node, string json, string? storedJson)
    {
        if (storedJson == json)
        {
            Count(node.Kind, k => k with { Unchanged = k.Unchanged + 1 });
            return null;
        }
        Changed = true;
        Count(node.Kind, k => storedJson is null ? k with { Created = k.Created + 1 } : k with { Updated = k.Updated + 1 });
        return new ImportWrite(node, json, storedJson is null);
    }

    public void Delete(string id)
    {
        var kind = NodeKinds.FromId(id) ?? throw new InvalidOperationException($"The store holds '{id}', whose id names no kind of node; was it written by this service?");
        Changed = true;
        Count(kind, k => k with { Deleted = k.Deleted + 1 });
    }

    public ImportReport Report() => new(new Dictionary<NodeKind, KindCounts>(_counts));

    /// <summary>The stored ids the source no longer holds, in id order: what a sync deletes.</summary>
    public static IReadOnlyList<string> Gone(IEnumerable<string> storedIds, ImportSource source) =>
        storedIds.Where(id => !source.Holds(id)).Order(StringComparer.Ordinal).ToList();

    private void Count(NodeKind kind, Func<KindCounts, KindCounts> add) => _counts[kind] = add(_counts.GetValueOrDefault(kind, new KindCounts(0, 0, 0)));
}
