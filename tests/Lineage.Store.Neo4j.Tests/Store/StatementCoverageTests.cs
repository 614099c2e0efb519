using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Search;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>
/// Ties the lint to the wire: every statement the store sends is, byte for byte, a file of cypher/ (so the lint
/// covered it), with exactly the parameters that file declares; and every file is sent by some operation.
/// </summary>
public sealed class StatementCoverageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Every_statement_the_store_sends_is_a_linted_file_with_exactly_its_declared_parameters()
    {
        // Inside the import's transaction the store appears to hold a program, a transfer and a link the dataset lacks, so
        // the import's delete statements are sent too.
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r, q => q.File == "export.cypher" && q.Path.Contains("/tx/", StringComparison.Ordinal)
            ? Typed.Result(["id", "json"], [["program:gone", "{}"], ["transfer:gone", "{}"], ["link:gone", "{}"]])
            : null));
        await using var host = new TestHost(fake);
        var store = host.Store;
        // The curated dataset has every kind of node, so every import and link statement is sent.
        var data = DatasetLoader.LoadDirectory(RepoPaths.Data);

        await store.InitializeAsync(None);
        await store.CheckHealthAsync(None);
        await store.IsEmptyAsync(None);
        await store.ImportAsync(data, None);
        await store.PlanImportAsync(data, None);
        await store.ExportAsync(None);
        await store.GetNodesAsync(["program:jst-beta"], None);
        await store.ListNodesAsync(new NodeQuery(NodeKind.Program, [MinistryCode.MEXT], "alpha", "program:mext-alpha"), None);
        await store.ListNodesAsync(new NodeQuery(NodeKind.Transfer, NameContains: "s1"), None);
        await store.ListNodesAsync(new NodeQuery(NodeKind.Link, NameContains: "hub"), None);
        await store.GetTransfersAsync(["program:meti-gamma"], TransferDirection.Outgoing, None);
        await store.GetTransfersAsync(["program:meti-gamma"], TransferDirection.Incoming, None);
        await store.QueryLineageAsync(new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.Any), None);
        // The exploration ports, every filter given so that every declared parameter is sent.
        var entities = host.Port<IEntityQueries>();
        await entities.ListEntitiesAsync(new EntityQuery(NodeKind.Organization, [MinistryCode.MEXT], ["agency:jst"], ["UNIVERSITY"],
            ["region:north"], ["program:mext-alpha"], ["project:seed-one"], NameContains: "univ"), None);
        await entities.ListEntitiesAsync(new EntityQuery(NodeKind.Transfer, [MinistryCode.MEXT], MinStage: Stage.Prototype), None);
        await entities.GetReferencingAsync(NodeKind.Program, Relation.Parent, ["program:mext-alpha"], None);
        await entities.GetReferencingAsync(NodeKind.Transfer, Relation.Project, ["project:seed-one"], None);
        await entities.GetReferencingAsync(NodeKind.Link, Relation.Linked, ["program:mext-knowledge-cluster"], None);
        await host.Port<IFlowQueries>().QueryFlowsAsync(new FlowQuery(FlowGrouping.Ministry, ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.Any), None);
        await host.Port<ISearchQueries>().SearchAsync(new SearchQuery("浜松 大学", [NodeKind.Organization]), None);
        await host.Port<ILineageBatchQueries>().QueryLineageManyAsync([new LineageQuery(ProgramSelector.Any, ProgramSelector.Any)], None);

        var sent = fake.Requests.Where(r => r.Statement is not null).ToList();
        Assert.All(sent, r =>
        {
            var statement = StatementFiles.StatementOf(r.Statement!);
            Assert.True(statement is not null, $"sent a statement that is not a file of cypher/:\n{r.Statement}");
            var names = r.Parameters.ValueKind == System.Text.Json.JsonValueKind.Object
                ? r.Parameters.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            Assert.Equal(statement!.Parameters.Order(StringComparer.Ordinal), names);
        });

        // delete-everything.cypher and test-run-*.cypher are the conformance tests' own; every other file is something the store sends.
        var expected = Lineage.Store.Neo4j.Cypher.CypherFiles.Names
            .Where(n => n != "delete-everything.cypher" && !n.StartsWith("test-run-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, sent.Select(r => r.File!).Distinct().Order(StringComparer.Ordinal));
    }
}
