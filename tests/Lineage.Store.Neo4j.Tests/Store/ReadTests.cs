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
