using Lineage.Conformance;
using Lineage.Core.Store;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>The conformance suite against the embedded store: a fresh database file per test.</summary>
public sealed class SqliteConformance : StoreConformance
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-sqlite-").FullName;

    protected override Task<ILineageStore> CreateEmptyStoreAsync() =>
        Task.FromResult<ILineageStore>(new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") })));

    protected override Task DestroyStoreAsync(ILineageStore store)
    {
        (store as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
