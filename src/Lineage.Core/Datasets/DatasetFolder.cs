using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.Core.Datasets;

/// <summary>
/// A dataset folder that <see cref="DatasetLoader.Check"/> found without a problem, as an import reads it: a file at a
/// time, in file order, each file checked to hold the bytes that were checked (a file changed since then stops the
/// import, and the store's transaction leaves it as it was). What is held from start to end is the dataset's ids.
/// </summary>
public sealed class DatasetFolder : ImportSource
{
    private readonly IReadOnlyList<DatasetFiles.Entry> _files;
    private readonly IReadOnlyList<byte[]> _hashes;
    private readonly KnownIds _ids;
    private readonly ReferencePool _pool;

    internal DatasetFolder(IReadOnlyList<DatasetFiles.Entry> files, IReadOnlyList<byte[]> hashes, KnownIds ids, int count, string? fingerprint, ReferencePool pool)
    {
        _files = files;
        _hashes = hashes;
        _ids = ids;
        _pool = pool;
        Count = count;
        Fingerprint = fingerprint;
    }

    public override int Count { get; }

    public override string? Fingerprint { get; }

    public override bool Holds(string id) => _ids.Contains(id);

    public override IEnumerable<IReadOnlyList<INode>> Batches(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var batch = new List<INode>(size);
        for (var i = 0; i < _files.Count; i++)
        {
            var file = _files[i];
            var problems = new List<DatasetProblem>();
            using var bytes = DatasetFiles.Read(file, problems);
            if (bytes is null || !DatasetFingerprint.OfFile(bytes.Span).AsSpan().SequenceEqual(_hashes[i]))
                throw new DatasetValidationException([DatasetLoader.ChangedWhileRead(file.Name)]);
            // The document reads the pooled buffer in place: it is disposed first (declared after it).
            using var doc = StrictJson.Document(bytes.Memory);
            foreach (var (node, _) in DatasetLoader.Items(file.Name, doc, problems, _pool))
            {
                batch.Add(node.Node);
                if (batch.Count < size) continue;
                yield return batch;
                batch = new List<INode>(size);
            }
            // The bytes are the ones checked, so they read as they did then.
            if (problems.Count > 0) throw new DatasetValidationException(problems);
        }
        if (batch.Count > 0) yield return batch;
    }
}
