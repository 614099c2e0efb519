using Lineage.Conformance;
using Lineage.Core.Store;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>A fresh SQLite file per test, for the capability suites.</summary>
internal sealed class SqliteTestFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-sqlite-").FullName;
    private readonly List<SqliteStore> _stores = [];

    public ILineageStore Create()
    {
        var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") }));
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class SqliteEntityConformance : EntityConformance, IDisposable
{
    private readonly SqliteTestFile _file = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => Task.FromResult(_file.Create());
    public void Dispose() => _file.Dispose();
}

public sealed class SqliteSearchConformance : SearchConformance, IDisposable
{
    private readonly SqliteTestFile _file = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => Task.FromResult(_file.Create());
    public void Dispose() => _file.Dispose();
}
