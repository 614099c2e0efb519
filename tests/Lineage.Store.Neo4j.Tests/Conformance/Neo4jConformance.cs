using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>
/// The store conformance suite against a live Neo4j (LINEAGE_TEST_NEO4J_URI, _USER, _PASSWORD); skipped with the
/// reason printed when none is configured. Each test starts from an emptied database.
/// </summary>
[RequiresNeo4j]
public sealed class Neo4jConformance : StoreConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}
