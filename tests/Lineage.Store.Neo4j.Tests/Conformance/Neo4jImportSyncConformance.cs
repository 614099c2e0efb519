using Lineage.Conformance;
using Lineage.Core.Store;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>The import-sync suite against a live Neo4j; every live-Neo4j class shares the one database collection.</summary>
[RequiresNeo4j]
[Collection("Neo4j database")]
public sealed class Neo4jImportSyncConformance : ImportSyncConformance
{
    private readonly Neo4jTestDatabase _database = new();
    protected override Task<ILineageStore> CreateEmptyStoreAsync() => _database.CreateEmptyStoreAsync();
    protected override async Task DestroyStoreAsync(ILineageStore store) => await _database.ReleaseAsync();
}
