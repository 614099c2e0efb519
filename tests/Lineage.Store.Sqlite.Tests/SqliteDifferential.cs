using Lineage.Conformance;
using Lineage.Conformance.Differential;
using Lineage.Core.Model;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>The SQLite store against the reference reading of the rules on random graphs: a fresh file per graph.</summary>
public sealed class SqliteDifferential(DifferentialReport report) : DifferentialConformance(report), IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-differential-").FullName;
    private readonly Dictionary<IAnswering, SqliteStore> _stores = [];
    private int _files;

    protected override int Graphs => 100;

    protected override string Subject => "SQLite store";

    protected override async Task<IAnswering> LoadAsync(Dataset dataset)
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, $"{Interlocked.Increment(ref _files)}.db") }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(dataset, CancellationToken.None);
        var subject = new StoreAnswering(store);
        lock (_stores) _stores[subject] = store;
        return subject;
    }

    protected override Task UnloadAsync(IAnswering subject)
    {
        SqliteStore store;
        lock (_stores) (store, _) = (_stores[subject], _stores.Remove(subject));
        store.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
