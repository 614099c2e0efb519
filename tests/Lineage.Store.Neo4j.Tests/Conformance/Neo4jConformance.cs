using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The store conformance suite (answers, import, export, reads) against a live Neo4j; skipped with the reason printed when none is configured.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jConformance(Neo4jDatabase database) : StoreConformance
{
    private readonly Neo4jStoreLease _lease = new(database);
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _lease.CreateAsync();
    protected override Task DestroyStoreAsync(ILineageStore store) => _lease.ReleaseAsync();
}
