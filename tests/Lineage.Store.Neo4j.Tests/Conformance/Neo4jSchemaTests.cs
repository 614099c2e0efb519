using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Conformance;

/// <summary>What only a live Neo4j can show: schema creation racing itself, and a second store seeing an import.</summary>
[RequiresNeo4j]
[Collection(Neo4jDatabaseCollectionDefinition.Name)]
public sealed class Neo4jSchemaTests(Neo4jDatabase database)
{
    [Fact]
    public async Task Stores_creating_the_schema_at_the_same_moment_all_succeed()
    {
        var (first, services) = await database.CreateEmptyStoreAsync();
        var others = Enumerable.Range(0, 3).Select(_ => Neo4jDatabase.OpenStore()).ToList();
        try
        {
            await Task.WhenAll(others.Select(o => o.Store).Prepend(first).Select(s => s.InitializeAsync(CancellationToken.None)));
            Assert.True(await first.IsEmptyAsync(CancellationToken.None));
        }
        finally
        {
            foreach (var o in others) await o.Services.DisposeAsync();
            await services.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_store_answers_from_an_import_another_store_made_after_its_first_answer()
    {
        var (reader, readerServices) = await database.CreateEmptyStoreAsync();
        var (writer, writerServices) = Neo4jDatabase.OpenStore();
        try
        {
            await reader.InitializeAsync(CancellationToken.None);
            var tiny = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));
            await writer.ImportAsync(tiny, CancellationToken.None);
            var question = new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForMinistries(MinistryCode.METI), Stage.Commercialized);
            Assert.Equal(["project:seed-one"], (await reader.QueryLineageAsync(question, CancellationToken.None)).Nodes.Select(p => p.Key));

            // s1-b lowered to PROTOTYPE: tiny's only MEXT seed commercialized in a METI program no longer is.
            var lowered = tiny with { Transfers = tiny.Transfers.Select(t => t.Id == "transfer:s1-b" ? t with { Stage = Stage.Prototype } : t).ToList() };
            await writer.ImportAsync(lowered, CancellationToken.None);

            Assert.Empty((await reader.QueryLineageAsync(question, CancellationToken.None)).Nodes);
        }
        finally
        {
            await writerServices.DisposeAsync();
            await readerServices.DisposeAsync();
        }
    }
}
