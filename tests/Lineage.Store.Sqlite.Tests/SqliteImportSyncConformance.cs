using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Sqlite.Tests;

public sealed class SqliteImportSyncConformance : ImportSyncConformance, IDisposable
{
    private readonly SqliteTestFile _file = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => Task.FromResult(_file.Create());
    public void Dispose() => _file.Dispose();
}
