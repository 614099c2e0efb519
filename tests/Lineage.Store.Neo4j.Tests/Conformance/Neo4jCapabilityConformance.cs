using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

[RequiresNeo4j]
[Collection(Neo4jDatabaseCollection.Name)]
public sealed class Neo4jEntityConformance(Neo4jDatabase database) : EntityConformance
{
    private IAsyncDisposable? _services;

    protected override async Task<ILineageStore> CreateEmptyStoreAsync()
    {
        (var store, _services) = await database.CreateEmptyStoreAsync();
        return store;
    }

    protected override async Task DestroyStoreAsync(ILineageStore store)
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}

[RequiresNeo4j]
[Collection(Neo4jDatabaseCollection.Name)]
public sealed class Neo4jSearchConformance(Neo4jDatabase database) : SearchConformance
{
    private IAsyncDisposable? _services;

    protected override async Task<ILineageStore> CreateEmptyStoreAsync()
    {
        (var store, _services) = await database.CreateEmptyStoreAsync();
        return store;
    }

    protected override async Task DestroyStoreAsync(ILineageStore store)
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
