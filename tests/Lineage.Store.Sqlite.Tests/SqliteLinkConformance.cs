using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Sqlite.Tests;

public sealed class SqliteLinkConformance : LinkConformance, IDisposable
{
    private readonly SqliteTestFile _file = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => Task.FromResult(_file.Create());
    public void Dispose() => _file.Dispose();
}
