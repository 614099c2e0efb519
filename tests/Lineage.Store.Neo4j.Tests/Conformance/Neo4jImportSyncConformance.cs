using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The import-sync suite against a live Neo4j; every live-Neo4j class shares the one database collection.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jImportSyncConformance(Neo4jDatabase database) : ImportSyncConformance
{
    private readonly Neo4jStoreLease _lease = new(database);
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _lease.CreateAsync();
    protected override Task DestroyStoreAsync(ILineageStore store) => _lease.ReleaseAsync();
}
