using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>Reads: the parameters each question becomes, and the answers read back from the stored canonical JSON.</summary>
public sealed class ReadTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Dataset Tiny = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));

    [Fact]
    public async Task A_lineage_question_becomes_parameters_and_its_single_row_a_page_of_paths()
    {
        var s1a = Tiny.Transfers.Single(t => t.Id == "transfer:s1-a");
        var s1b = Tiny.Transfers.Single(t => t.Id == "transfer:s1-b");
        var page = new object?[]
        {
            new Dictionary<string, object?> { ["seed"] = "project:seed-one", ["project"] = "project:seed-one", ["sortKey"] = "2005|project:seed-one",
                ["steps"] = new[] { NodeWriter.ToJson(s1a), NodeWriter.ToJson(s1b) } },
            new Dictionary<string, object?> { ["seed"] = "transfer:agg", ["project"] = null, ["sortKey"] = "9999|transfer:agg", ["steps"] = new[] { NodeWriter.ToJson(s1a) } },
        };
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["total", "page"], [[5L, page]])));
        await using var host = new TestHost(fake);
        var query = new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.Any with { Regions = ["region:north-pref"] },
            Stage.Commercialized, MaxHops: 3, FiscalYearFrom: 2001, First: 1, After: Cursor.Encode("2004|project:x"));

        var result = await host.Store.QueryLineageAsync(query, None);

        var p = Assert.Single(fake.Requests).Parameters;
        Assert.Equal(["MEXT"], p.GetProperty("from").GetProperty("ministries").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["region:north-pref"], p.GetProperty("to").GetProperty("regions").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(4, p.GetProperty("minRank").GetInt32());
        Assert.Equal(3, p.GetProperty("maxHops").GetInt32());
        Assert.Equal(2001, p.GetProperty("fyFrom").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("fyTo").ValueKind);
        Assert.Equal("2004|project:x", p.GetProperty("after").GetString());
        Assert.Equal(2, p.GetProperty("limit").GetInt32()); // one more than asked: tells whether there is a next page

        Assert.Equal(5, result.TotalCount);
        var path = Assert.Single(result.Nodes);
        Assert.Equal(("project:seed-one", "project:seed-one"), (path.Key, path.Project));
        Assert.Equal(["transfer:s1-a", "transfer:s1-b"], path.Steps.Select(s => s.Id));
        Assert.Equal(s1b.Stage, path.ReachedStage);
        Assert.Equal(Cursor.Encode("2005|project:seed-one"), path.Cursor);
        Assert.True(result.HasNextPage);
        Assert.True(result.HasPreviousPage);
    }

    [Fact]
    public async Task Listing_programs_by_ministry_sends_the_kind_prefix_and_reads_nodes_back()
    {
        var beta = Tiny.Programs.Single(x => x.Id == "program:jst-beta");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["total", "page"],
            [[1L, new object?[] { new Dictionary<string, object?> { ["id"] = beta.Id, ["json"] = NodeWriter.ToJson(beta) } }]])));
        await using var host = new TestHost(fake);

        var page = await host.Store.ListNodesAsync(new NodeQuery(NodeKind.Program, [MinistryCode.MEXT]), None);

        var p = Assert.Single(fake.Requests).Parameters;
        Assert.Equal("program:", p.GetProperty("prefix").GetString());
        Assert.Equal(["MEXT"], p.GetProperty("ministries").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(NodeWriter.ToJson(beta), NodeWriter.ToJson(Assert.Single(page.Nodes)));
        Assert.Equal(1, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [Fact]
    public async Task Reading_nodes_by_id_finds_each_kind_from_its_id()
    {
        var nodes = new INode[] { Tiny.Programs[0], Tiny.Regions[0], Tiny.Transfers[0] };
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["id", "json"], nodes.Select(n => new object?[] { n.Id, NodeWriter.ToJson(n) }))));
        await using var host = new TestHost(fake);

        var read = await host.Store.GetNodesAsync(nodes.Select(n => n.Id).ToList(), None);

        Assert.Equal(nodes.Select(n => NodeWriter.ToJson(n)), read.Select(n => NodeWriter.ToJson(n)));
        Assert.Equal("Read", Assert.Single(fake.Requests).Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Nothing_is_asked_of_Neo4j_for_no_ids()
    {
        var fake = new FakeNeo4j((r, _) => throw new InvalidOperationException("no request expected"));
        await using var host = new TestHost(fake);

        Assert.Empty(await host.Store.GetNodesAsync([], None));
        Assert.Empty(await host.Store.GetTransfersAsync([], TransferDirection.Incoming, None));
        Assert.Empty(fake.Requests);
    }
}
