using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The link suite on a live Neo4j (skipped without LINEAGE_TEST_NEO4J_URI), like the other capability suites.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jLinkConformance(Neo4jDatabase database) : LinkConformance
{
    private readonly Neo4jStoreLease _lease = new(database);
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _lease.CreateAsync();
    protected override Task DestroyStoreAsync(ILineageStore store) => _lease.ReleaseAsync();
}
