using Lineage.Conformance;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Tests.Conformance;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>The link suite on a live Neo4j (skipped without LINEAGE_TEST_NEO4J_URI), like the other capability suites.</summary>
[RequiresNeo4j]
public sealed class Neo4jLinkConformance : LinkConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}
