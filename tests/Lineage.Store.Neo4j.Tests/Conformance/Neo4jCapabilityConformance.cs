using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jEntityConformance(Neo4jDatabase database) : EntityConformance
{
    private readonly Neo4jStoreLease _lease = new(database);
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _lease.CreateAsync();
    protected override Task DestroyStoreAsync(ILineageStore store) => _lease.ReleaseAsync();
}

[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jSearchConformance(Neo4jDatabase database) : SearchConformance
{
    private readonly Neo4jStoreLease _lease = new(database);
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _lease.CreateAsync();
    protected override Task DestroyStoreAsync(ILineageStore store) => _lease.ReleaseAsync();
}
