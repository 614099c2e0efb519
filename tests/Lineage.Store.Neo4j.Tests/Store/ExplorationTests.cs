using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Core.Selectors;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>
/// The exploration ports on the wire: which statement each question becomes, with which parameters, and how the
/// answers are read back; plus the properties the import writes for them.
/// </summary>
public sealed class ExplorationTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Dataset Tiny = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));

    private static IEnumerable<string?> Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString());

    [Fact]
    public async Task The_store_is_registered_as_every_exploration_port()
    {
        await using var host = new TestHost(new FakeNeo4j((r, _) => StoreFakes.Plausible(r)));
        Assert.Same(host.Store, host.Port<IEntityQueries>());
        Assert.Same(host.Store, host.Port<IFlowQueries>());
        Assert.Same(host.Store, host.Port<ISearchQueries>());
        Assert.Same(host.Store, host.Port<ILineageBatchQueries>());
    }

    [Fact]
    public async Task An_entity_query_becomes_list_entities_with_every_filter_and_its_row_a_page()
    {
        var beta = Tiny.Programs.Single(x => x.Id == "program:jst-beta");
        var gamma = Tiny.Programs.Single(x => x.Id == "program:meti-gamma");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["total", "page"], [[7L, new object?[]
        {
            new Dictionary<string, object?> { ["id"] = beta.Id, ["json"] = NodeWriter.ToJson(beta) },
            new Dictionary<string, object?> { ["id"] = gamma.Id, ["json"] = NodeWriter.ToJson(gamma) },
        }]])));
        await using var host = new TestHost(fake);

        var page = await host.Port<IEntityQueries>().ListEntitiesAsync(new EntityQuery(NodeKind.Program,
            Ministries: [MinistryCode.MEXT], Agencies: ["agency:jst"], Regions: ["region:north"], Programs: ["program:mext-alpha"],
            Parent: "program:mext-alpha", FiscalYearFrom: 2001, FiscalYearTo: 2010, NameContains: "ＡＬＰＨＡ  Program",
            First: 1, After: Cursor.Encode("program:a")), None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("list-entities.cypher", request.File);
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
        var p = request.Parameters;
        Assert.Equal("program:", p.GetProperty("prefix").GetString());
        Assert.Equal(["MEXT"], Strings(p.GetProperty("ministries")));
        Assert.Equal(["agency:jst"], Strings(p.GetProperty("agencies")));
        Assert.Equal(["region:north"], Strings(p.GetProperty("regions")));
        Assert.Equal(["program:mext-alpha"], Strings(p.GetProperty("programs")));
        Assert.Empty(Strings(p.GetProperty("kinds")));
        Assert.Empty(Strings(p.GetProperty("projects")));
        Assert.Empty(Strings(p.GetProperty("organizations")));
        Assert.Equal("program:mext-alpha", p.GetProperty("parent").GetString());
        Assert.Equal(2001, p.GetProperty("fyFrom").GetInt32());
        Assert.Equal(2010, p.GetProperty("fyTo").GetInt32());
        Assert.Equal("alpha program", p.GetProperty("name").GetString()); // normalized, as the stored names are
        Assert.Equal("program:a", p.GetProperty("after").GetString());
        Assert.Equal(2, p.GetProperty("limit").GetInt32());

        Assert.Equal(7, page.TotalCount);
        Assert.Equal([beta.Id], page.Nodes.Select(n => n.Id));
        Assert.Equal(NodeWriter.ToJson(beta), NodeWriter.ToJson(page.Nodes[0]));
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task A_transfer_query_becomes_list_entity_transfers_with_the_stage_rank()
    {
        var s1a = Tiny.Transfers.Single(t => t.Id == "transfer:s1-a");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["total", "page"],
            [[1L, new object?[] { new Dictionary<string, object?> { ["id"] = s1a.Id, ["json"] = NodeWriter.ToJson(s1a) } }]])));
        await using var host = new TestHost(fake);

        var page = await host.Port<IEntityQueries>().ListEntitiesAsync(
            new EntityQuery(NodeKind.Transfer, Projects: ["project:seed-one"], MinStage: Stage.Commercialized), None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("list-entity-transfers.cypher", request.File);
        Assert.Equal(4, request.Parameters.GetProperty("minRank").GetInt32());
        Assert.Equal(["project:seed-one"], Strings(request.Parameters.GetProperty("projects")));
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("fyFrom").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("after").ValueKind);
        var transfer = Assert.IsType<Transfer>(Assert.Single(page.Nodes));
        Assert.Equal(s1a.Id, transfer.Id);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task A_filter_that_does_not_apply_is_refused_before_anything_is_sent()
    {
        var fake = new FakeNeo4j((r, _) => throw new InvalidOperationException("no request expected"));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            host.Port<IEntityQueries>().ListEntitiesAsync(new EntityQuery(NodeKind.Ministry, Parent: "program:x"), None));
        Assert.Equal("where.parent", e.Argument);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task References_are_asked_by_kind_prefix_relation_and_distinct_targets_and_read_with_their_target()
    {
        var child = Tiny.Programs.Single(x => x.Id == "program:mext-alpha-1");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["target", "id", "json"],
            [["program:mext-alpha", child.Id, NodeWriter.ToJson(child)]])));
        await using var host = new TestHost(fake);

        var references = await host.Port<IEntityQueries>().GetReferencingAsync(
            NodeKind.Program, Relation.Parent, ["program:mext-alpha", "program:mext-alpha", "program:jst-beta"], None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("referencing.cypher", request.File);
        Assert.Equal("program:", request.Parameters.GetProperty("prefix").GetString());
        Assert.Equal("Parent", request.Parameters.GetProperty("rel").GetString());
        Assert.Equal(["program:mext-alpha", "program:jst-beta"], Strings(request.Parameters.GetProperty("targets")));
        var reference = Assert.Single(references);
        Assert.Equal("program:mext-alpha", reference.Target);
        Assert.Equal(NodeWriter.ToJson(child), NodeWriter.ToJson(reference.Node));
    }

    [Fact]
    public async Task Transfer_references_use_their_own_statement()
    {
        var s1a = Tiny.Transfers.Single(t => t.Id == "transfer:s1-a");
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["target", "id", "json"],
            [["project:seed-one", s1a.Id, NodeWriter.ToJson(s1a)]])));
        await using var host = new TestHost(fake);

        var references = await host.Port<IEntityQueries>().GetReferencingAsync(NodeKind.Transfer, Relation.Project, ["project:seed-one"], None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("referencing-transfers.cypher", request.File);
        Assert.Equal("Project", request.Parameters.GetProperty("rel").GetString());
        Assert.Equal((s1a.Id, "project:seed-one"), (Assert.Single(references).Node.Id, references[0].Target));
    }

    [Fact]
    public async Task No_targets_ask_nothing()
    {
        var fake = new FakeNeo4j((r, _) => throw new InvalidOperationException("no request expected"));
        await using var host = new TestHost(fake);

        Assert.Empty(await host.Port<IEntityQueries>().GetReferencingAsync(NodeKind.Program, Relation.Parent, [], None));
        Assert.Empty(await host.Port<ILineageBatchQueries>().QueryLineageManyAsync([], None));
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task A_search_sends_the_normalized_text_its_terms_and_kind_prefixes_and_reads_hits()
    {
        var org = Tiny.Programs[0];
        var fake = new FakeNeo4j((r, _) => FakeNeo4j.Json(Typed.Result(["id", "json", "rank", "name"],
            [[org.Id, NodeWriter.ToJson(org), 3L, "hamamatsu university"]])));
        await using var host = new TestHost(fake);

        var hits = await host.Port<ISearchQueries>().SearchAsync(new SearchQuery("  Ｈａｍａｍａｔｓｕ   UNIV ", [NodeKind.Organization, NodeKind.Program], 5), None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("search.cypher", request.File);
        var p = request.Parameters;
        Assert.Equal("hamamatsu univ", p.GetProperty("text").GetString());
        Assert.Equal(["hamamatsu", "univ"], Strings(p.GetProperty("terms")));
        Assert.Equal(["org:", "program:"], Strings(p.GetProperty("prefixes")));
        Assert.Equal(5, p.GetProperty("limit").GetInt32());
        var hit = Assert.Single(hits);
        Assert.Equal(org.Id, hit.Node.Id);
        Assert.Equal(SearchMatch.AllTerms, hit.Match);
        Assert.Equal("hamamatsu university", hit.MatchedName);
    }

    [Fact]
    public async Task A_search_out_of_range_is_refused_before_anything_is_sent()
    {
        var fake = new FakeNeo4j((r, _) => throw new InvalidOperationException("no request expected"));
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<InvalidQueryException>(() => host.Port<ISearchQueries>().SearchAsync(new SearchQuery("   "), None));
        Assert.Equal("text", e.Argument);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task A_bad_question_fails_the_batch_before_anything_is_sent()
    {
        var fake = new FakeNeo4j((r, _) => throw new InvalidOperationException("no request expected"));
        await using var host = new TestHost(fake);

        await Assert.ThrowsAsync<InvalidQueryException>(() => host.Port<ILineageBatchQueries>().QueryLineageManyAsync(
            [new LineageQuery(ProgramSelector.Any, ProgramSelector.Any), new LineageQuery(ProgramSelector.Any, ProgramSelector.Any, MaxHops: 99)], None));
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task The_import_writes_references_fiscal_years_and_search_names_as_Core_computes_them()
    {
        var fake = new FakeNeo4j((r, _) => StoreFakes.Plausible(r));
        await using var host = new TestHost(fake);

        await host.Store.ImportAsync(Tiny, None);

        var rows = fake.Requests.Where(r => r.File == "import-nodes.cypher")
            .SelectMany(r => r.Parameters.GetProperty("rows").EnumerateArray())
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("props"));
        foreach (var node in Tiny.Nodes().Where(n => n is not Transfer))
        {
            var props = rows[node.Id];
            foreach (var group in Relations.Of(node).Distinct().GroupBy(x => x.Relation))
                Assert.Equal(group.Select(x => x.Target), Strings(props.GetProperty("ref" + group.Key)));
            var years = Relations.FiscalYears(node);
            Assert.Equal(years?.From, props.TryGetProperty("fyFrom", out var f) ? f.GetInt32() : null);
            Assert.Equal(years?.To, props.TryGetProperty("fyTo", out var t) ? t.GetInt32() : null);
            var names = SearchQuery.Searchable.Contains(node.Kind) ? SearchText.NamesOf(node).ToList() : [];
            Assert.Equal(names, props.TryGetProperty("searchNames", out var s) ? Strings(s) : []);
        }
        var transfers = fake.Requests.Where(r => r.File == "import-transfers.cypher")
            .SelectMany(r => r.Parameters.GetProperty("rows").EnumerateArray())
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("props"));
        foreach (var transfer in Tiny.Transfers.Where(x => Relations.FiscalYears(x) is not null))
            Assert.Equal(Relations.FiscalYears(transfer)!.Value.From, transfers[transfer.Id].GetProperty("fyFrom").GetInt32());
    }
}
