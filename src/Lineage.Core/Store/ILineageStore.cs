using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Core.Store;

/// <summary>
/// The store port: everything the service asks of a database. Each store translates these into its
/// own language (SQL, Cypher); the answers must be the same — the conformance suite checks that.
/// </summary>
public interface ILineageStore
{
    /// <summary>Creates or migrates the store's schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Whether the store can be reached right now (for /readyz). Never throws.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The data version: an opaque token that every committed import which changes something replaces, whichever process
    /// imported. Equal tokens mean the same data, so anything computed from the data (an answer, a parsed node) may be
    /// kept under it.
    /// </summary>
    Task<string> GetDataVersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes the store hold exactly this validated dataset, in one transaction (all of it or nothing): new nodes are
    /// created, changed ones updated, and what the dataset no longer holds is deleted. Writing the same dataset twice
    /// changes nothing. Cancelling leaves the store as it was.
    /// </summary>
    Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="ImportAsync(Dataset, CancellationToken)"/>, telling <paramref name="progress"/> how many more nodes were
    /// compared (and written when they changed) as it goes, for a progress line; a store that cannot tell reports nothing.
    /// </summary>
    Task<ImportReport> ImportAsync(Dataset dataset, IProgress<int>? progress, CancellationToken cancellationToken) => ImportAsync(dataset, cancellationToken);

    /// <summary>
    /// The same import of nodes handed over a batch at a time (a dataset folder read a file at a time): a store that can
    /// compare and write a batch before it reads the next never holds the whole dataset; one that cannot reads it whole.
    /// </summary>
    Task<ImportReport> ImportAsync(ImportSource source, IProgress<int>? progress, CancellationToken cancellationToken) =>
        ImportAsync(source.ToDataset(), progress, cancellationToken);

    /// <summary>
    /// The fingerprint (<see cref="Dataset.Fingerprint"/>) of the dataset the last import wrote, when no import has
    /// changed the store since; null when not known. Lets a start-up tell cheaply that data/ is what the store holds.
    /// A store that keeps no fingerprint answers null, and the start-up compares the whole dataset instead.
    /// </summary>
    Task<string?> GetDatasetFingerprintAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>Loads what answering questions needs (the embedded store: the engine's graph), so that the first question after a start does not wait for it.</summary>
    Task WarmUpAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The report <see cref="ImportAsync(Dataset, CancellationToken)"/> would give for this dataset now (a dry run); writes nothing.</summary>
    Task<ImportReport> PlanImportAsync(Dataset dataset, CancellationToken cancellationToken);

    /// <summary>The dry run of <see cref="ImportAsync(ImportSource, IProgress{int}?, CancellationToken)"/>.</summary>
    Task<ImportReport> PlanImportAsync(ImportSource source, CancellationToken cancellationToken) => PlanImportAsync(source.ToDataset(), cancellationToken);

    /// <summary>Everything stored, ordered by id within each kind.</summary>
    Task<Dataset> ExportAsync(CancellationToken cancellationToken);

    /// <summary>The nodes with these ids, in any order; unknown ids are left out.</summary>
    Task<IReadOnlyList<INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>A page of nodes of one kind, ordered by id.</summary>
    Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>Transfers leaving (or arriving at) any of the given programs, ordered by fiscal year then id.</summary>
    Task<IReadOnlyList<Transfer>> GetTransfersAsync(IReadOnlyCollection<string> programIds, TransferDirection direction, CancellationToken cancellationToken);

    Task<LineagePage> QueryLineageAsync(LineageQuery query, CancellationToken cancellationToken);
}

public enum TransferDirection { Outgoing, Incoming }

public sealed record StoreHealth(bool Healthy, string Description);

public sealed record KindCounts(int Created, int Updated, int Unchanged, int Deleted = 0);

public sealed record ImportReport(IReadOnlyDictionary<NodeKind, KindCounts> PerKind)
{
    public int Created => PerKind.Values.Sum(c => c.Created);
    public int Updated => PerKind.Values.Sum(c => c.Updated);
    public int Unchanged => PerKind.Values.Sum(c => c.Unchanged);
    public int Deleted => PerKind.Values.Sum(c => c.Deleted);
}

/// <summary>The store cannot be reached or failed for reasons that are not the caller's.</summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
    public StoreUnavailableException() : this("The store is unavailable.") { }
    public StoreUnavailableException(string message) : this(message, null) { }
}
