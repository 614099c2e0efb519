using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>
/// Issue 15 on the wire: links become LINKED_TO relationships (their own statement, after transfers), hand-offs carry
/// basis and inference as relationship properties, coordination bodies get their label, and Program.links reads both ends.
/// </summary>
public sealed class LinkImportTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Dataset Links = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "links"));

    private static List<System.Text.Json.JsonElement> Rows(FakeNeo4j fake, string file) =>
        fake.Requests.Where(x => x.File == file).SelectMany(x => x.Parameters.GetProperty("rows").EnumerateArray()).ToList();

    [Fact]
    public async Task Links_are_written_as_LINKED_TO_rows_after_the_nodes_and_transfers_and_never_as_nodes()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await host.Store.ImportAsync(Links, None);

        var files = fake.Requests.Select(x => x.File).OfType<string>().Distinct().ToList();
        Assert.Equal("import-links.cypher", files[^2]);
        Assert.Equal("bump-data-version.cypher", files[^1]); // last, in the same transaction: readers' caches then read again
        Assert.True(files.IndexOf("import-transfers.cypher") < files.IndexOf("import-links.cypher"));
        Assert.DoesNotContain(Rows(fake, "import-nodes.cypher"), row => row.GetProperty("id").GetString()!.StartsWith("link:", StringComparison.Ordinal));
        var rows = Rows(fake, "import-links.cypher");
        Assert.Equal(Links.Links.Select(l => l.Id).Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var council = rows.Single(r => r.GetProperty("id").GetString() == "link:mext-cluster-council");
        Assert.Equal(("program:mext-cluster", "org:council"), (council.GetProperty("from").GetString(), council.GetProperty("to").GetString()));
        var props = council.GetProperty("props");
        Assert.Equal("COORDINATION", props.GetProperty("kind").GetString());
        Assert.Equal("works through the council", props.GetProperty("note").GetString());
        Assert.Equal(["fixture fact council member"], props.GetProperty("evidenceQuotes").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(NodeWriter.ToJson(Links.Links.Single(l => l.Id == "link:mext-cluster-council")), props.GetProperty("json").GetString());
    }

    [Fact]
    public async Task A_hand_off_carries_basis_and_for_an_inferred_one_its_inference()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await host.Store.ImportAsync(Links, None);

        var rows = Rows(fake, "import-transfers.cypher").ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("props"));
        Assert.Equal("INFERRED", rows["transfer:cluster-to-consortium"].GetProperty("basis").GetString());
        Assert.Equal("rebuilt from an example (できる)", rows["transfer:cluster-to-consortium"].GetProperty("inference").GetString());
        Assert.Equal("STATED", rows["transfer:consortium-to-cluster"].GetProperty("basis").GetString());
        Assert.False(rows["transfer:consortium-to-cluster"].TryGetProperty("inference", out _));
    }

    [Fact]
    public async Task A_coordination_body_gets_its_label_and_a_program_without_runner_no_runBy()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await host.Store.ImportAsync(Links, None);

        var council = Rows(fake, "import-nodes.cypher").Single(r => r.GetProperty("id").GetString() == "org:council");
        Assert.Equal("CoordinationBody", council.GetProperty("organizationLabel").GetString());
        var zone = Rows(fake, "link-programs.cypher").Single(r => r.GetProperty("id").GetString() == "program:special-zone");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, zone.GetProperty("runBy").ValueKind);
    }

    [Fact]
    public async Task A_link_whose_end_is_missing_rolls_the_whole_import_back()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r, q => q.File == "import-links.cypher"
            ? Typed.Result(["written"], [[(long)StoreFakes.Rows(q) - 1]])
            : null));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Store.ImportAsync(Links, None));

        Assert.Contains("links", e.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Requests, x => x.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_of_programs_are_read_from_referencing_links_with_their_targets()
    {
        var link = Links.Links.Single(l => l.Id == "link:meti-cluster-selection-mext-cluster");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["target", "id", "json"], [["program:mext-cluster", link.Id, NodeWriter.ToJson(link)]])));
        await using var host = new TestHost(fake);

        var refs = await host.Port<IEntityQueries>().GetReferencingAsync(NodeKind.Link, Relation.Linked, ["program:mext-cluster", "program:mext-cluster"], None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("referencing-links.cypher", request.File);
        Assert.Equal(["program:mext-cluster"], request.Parameters.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        var r = Assert.Single(refs);
        Assert.Equal("program:mext-cluster", r.Target);
        Assert.Equal(NodeWriter.ToJson(link), NodeWriter.ToJson(r.Node));
        // A link holds no other reference: asking for one sends nothing.
        Assert.Empty(await host.Port<IEntityQueries>().GetReferencingAsync(NodeKind.Link, Relation.Parent, ["program:mext-cluster"], None));
        Assert.Single(fake.Requests);
    }
}
