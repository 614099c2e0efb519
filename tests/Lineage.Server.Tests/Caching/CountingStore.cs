using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Server.Tests.Caching;

/// <summary>The service's store, counting lineage questions and failing the first ones as unavailable when told to.</summary>
internal sealed class CountingStore(ILineageStore inner) : ILineageStore
{
    private int _lineageCalls;
    private int _failures;

    public int LineageCalls => Volatile.Read(ref _lineageCalls);

    /// <summary>The next <paramref name="count"/> lineage questions fail as a store that cannot be reached.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failures, count);

    /// <summary>Wraps the service's own registration (after its tracing proxy) and hands the wrapper to <paramref name="created"/>.</summary>
    public static Action<IServiceCollection> Around(Action<CountingStore> created) => services =>
    {
        var registration = services.Last(d => d.ServiceType == typeof(ILineageStore));
        services.Remove(registration);
        services.AddSingleton<ILineageStore>(sp =>
        {
            var inner = (ILineageStore)(registration.ImplementationInstance ?? registration.ImplementationFactory!(sp));
            var counting = new CountingStore(inner);
            created(counting);
            return counting;
        });
    };

    public Task<LineagePage> QueryLineageAsync(LineageQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lineageCalls);
        if (Interlocked.Decrement(ref _failures) >= 0) throw new StoreUnavailableException("The test store is down for this question.");
        return inner.QueryLineageAsync(query, cancellationToken);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);
    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);
    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => inner.IsEmptyAsync(cancellationToken);
    public Task<string> GetDataVersionAsync(CancellationToken cancellationToken) => inner.GetDataVersionAsync(cancellationToken);
    public Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken) => inner.ImportAsync(dataset, cancellationToken);
    public Task<ImportReport> PlanImportAsync(Dataset dataset, CancellationToken cancellationToken) => inner.PlanImportAsync(dataset, cancellationToken);
    public Task<Dataset> ExportAsync(CancellationToken cancellationToken) => inner.ExportAsync(cancellationToken);
    public Task<IReadOnlyList<INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => inner.GetNodesAsync(ids, cancellationToken);
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken) => inner.ListNodesAsync(query, cancellationToken);
    public Task<IReadOnlyList<Transfer>> GetTransfersAsync(IReadOnlyCollection<string> programIds, TransferDirection direction, CancellationToken cancellationToken) =>
        inner.GetTransfersAsync(programIds, direction, cancellationToken);
}
