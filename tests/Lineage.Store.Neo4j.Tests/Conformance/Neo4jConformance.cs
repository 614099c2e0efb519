using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The store conformance suite (answers, import, export, reads) against a live Neo4j; skipped with the reason printed when none is configured.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollection.Name)]
public sealed class Neo4jConformance(Neo4jDatabase database) : StoreConformance
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
