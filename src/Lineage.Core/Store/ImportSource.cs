using Lineage.Core.Model;

namespace Lineage.Core.Store;

/// <summary>
/// The nodes an import makes a store hold, handed over a batch at a time: a dataset in memory, or a checked dataset
/// folder read again a file at a time (<see cref="Datasets.DatasetFolder"/>), which is never in memory whole.
/// </summary>
public abstract class ImportSource
{
    /// <summary>How many nodes the batches hold.</summary>
    public abstract int Count { get; }

    /// <summary>Whether the source holds a node with this id (what a sync keeps).</summary>
    public abstract bool Holds(string id);

    /// <summary>The fingerprint of the files the nodes were read from (<see cref="Dataset.Fingerprint"/>); null when not read from files.</summary>
    public abstract string? Fingerprint { get; }

    /// <summary>The nodes, in batches of at most <paramref name="size"/>; each batch is a new list.</summary>
    /// <exception cref="Datasets.DatasetValidationException">A file changed since it was checked.</exception>
    public abstract IEnumerable<IReadOnlyList<INode>> Batches(int size);

    /// <summary>All of it in memory, for a store that writes a dataset whole.</summary>
    public virtual Dataset ToDataset() => Dataset.FromNodes(Batches(1000).SelectMany(b => b)) with { Fingerprint = Fingerprint };

    public static ImportSource Of(Dataset dataset) => new InMemory(dataset);

    private sealed class InMemory(Dataset dataset) : ImportSource
    {
        private HashSet<string>? _ids;
        private int _count = -1;

        public override int Count => _count >= 0 ? _count : _count = dataset.Nodes().Count();

        public override bool Holds(string id) =>
            (_ids ??= dataset.Nodes().Select(n => n.Id).ToHashSet(StringComparer.Ordinal)).Contains(id);

        public override string? Fingerprint => dataset.Fingerprint;

        public override IEnumerable<IReadOnlyList<INode>> Batches(int size) => dataset.Nodes().Chunk(size);

        public override Dataset ToDataset() => dataset;
    }
}
