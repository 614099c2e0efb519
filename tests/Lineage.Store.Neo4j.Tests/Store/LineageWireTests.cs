using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Store.Neo4j.Tests.Fakes;
using Lineage.Tests;

namespace Lineage.Store.Neo4j.Tests.Store;

/// <summary>
/// Lineage and flows on the wire: the program catalogue read once per data version, the hand-offs read per question
/// with the resolved program ids of its narrower side, and the engine's answer built from them.
/// </summary>
public sealed class LineageWireTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Dataset Tiny = DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, "tiny"));
    private static readonly ProgramSelector Mext = ProgramSelector.ForMinistries(MinistryCode.MEXT);
    private static readonly ProgramSelector Meti = ProgramSelector.ForMinistries(MinistryCode.METI);

    private static List<string?> Strings(JsonElement e) => e.ValueKind == JsonValueKind.Null ? [] : e.EnumerateArray().Select(x => x.GetString()).ToList();

    private static (FakeNeo4j Fake, GraphAnswers Graph) Serve(Dataset dataset)
    {
        var graph = new GraphAnswers(dataset);
        return (new FakeNeo4j((r, _) => StoreFakes.Plausible(r, graph.Answer)), graph);
    }

    [Fact]
    public async Task A_question_reads_the_hand_offs_leaving_the_programs_its_narrower_side_resolves_to()
    {
        var (fake, _) = Serve(Tiny);
        await using var host = new TestHost(fake);

        var page = await host.Store.QueryLineageAsync(new LineageQuery(Mext, Meti, Stage.Commercialized, FiscalYearFrom: 2001), None);

        // MEXT is three programs of tiny (its own two and JST's one); METI five (NEDO's and the joint one included).
        var read = Assert.Single(fake.Requests, r => r.File == "lineage-handoffs.cypher").Parameters;
        Assert.Equal(["program:jst-beta", "program:mext-alpha", "program:mext-alpha-1"], Strings(read.GetProperty("fromPrograms")).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("toPrograms").ValueKind);
        Assert.Equal(2001, read.GetProperty("fyFrom").GetInt32());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("fyTo").ValueKind);
        // tiny's one MEXT seed commercialized in METI (tests/Fixtures/lineage-cases.json), with its transfers read back by id.
        var path = Assert.Single(page.Nodes);
        Assert.Equal(["transfer:s1-a", "transfer:s1-b"], path.Steps.Select(s => s.Id));
        Assert.Equal(NodeWriter.ToJson(Tiny.Transfers.Single(t => t.Id == "transfer:s1-b")), NodeWriter.ToJson(path.Steps[1]));
        Assert.Equal(["transfer:s1-a", "transfer:s1-b"], Strings(Assert.Single(fake.Requests, r => r.File == "get-nodes.cypher").Parameters.GetProperty("ids")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_upstream_question_reads_by_the_programs_it_ends_at()
    {
        var (fake, _) = Serve(Tiny);
        await using var host = new TestHost(fake);

        await host.Store.QueryLineageAsync(new LineageQuery(ProgramSelector.Any, ProgramSelector.ForPrograms("program:mext-alpha")), None);

        var read = Assert.Single(fake.Requests, r => r.File == "lineage-handoffs.cypher").Parameters;
        Assert.Equal(JsonValueKind.Null, read.GetProperty("fromPrograms").ValueKind);
        Assert.Equal(["program:mext-alpha", "program:mext-alpha-1"], Strings(read.GetProperty("toPrograms")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_catalogue_is_read_once_per_data_version()
    {
        var (fake, graph) = Serve(Tiny);
        await using var host = new TestHost(fake);
        var question = new LineageQuery(Mext, Meti);

        await host.Store.QueryLineageAsync(question, None);
        await host.Store.QueryLineageAsync(question, None);
        Assert.Single(fake.Requests, r => r.File == "graph-programs.cypher");
        Assert.Equal(2, fake.Requests.Count(r => r.File == "graph-version.cypher"));

        graph.Version = "v2"; // an import by another process
        await host.Store.QueryLineageAsync(question, None);
        Assert.Equal(2, fake.Requests.Count(r => r.File == "graph-programs.cypher"));
    }

    [Fact]
    public async Task An_id_not_in_the_graph_is_refused_naming_it_before_any_hand_off_is_read()
    {
        var (fake, _) = Serve(Tiny);
        await using var host = new TestHost(fake);

        var e = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            host.Store.QueryLineageAsync(new LineageQuery(ProgramSelector.ForPrograms("program:does-not-exist"), Meti), None));

        Assert.Equal("from.programs", e.Argument);
        Assert.Contains("'program:does-not-exist'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fake.Requests, r => r.File == "lineage-handoffs.cypher");
    }

    [Fact]
    public async Task A_flow_question_reads_the_hand_offs_between_both_resolved_sides_and_the_engine_counts_them()
    {
        var (fake, _) = Serve(Tiny);
        await using var host = new TestHost(fake);

        var rows = await host.Port<IFlowQueries>().QueryFlowsAsync(new FlowQuery(FlowGrouping.Ministry, Mext, Meti, Stage.Practical), None);

        var read = Assert.Single(fake.Requests, r => r.File == "flow-handoffs.cypher").Parameters;
        Assert.Equal(["program:jst-beta", "program:mext-alpha", "program:mext-alpha-1"], Strings(read.GetProperty("fromPrograms")).Order(StringComparer.Ordinal));
        Assert.Equal(["program:joint-theta", "program:meti-delta", "program:meti-eta", "program:meti-gamma", "program:nedo-epsilon"],
            Strings(read.GetProperty("toPrograms")).Order(StringComparer.Ordinal));
        Assert.Equal(3, read.GetProperty("minRank").GetInt32());
        // tiny's MEXT→METI hand-offs at PRACTICAL or beyond: s2-a, s4-c (projects) and beta-cohort-epsilon (a cohort of 10).
        var row = Assert.Single(rows);
        Assert.Equal(("ministry:mext", "ministry:meti", 12), (row.Source, row.Target, row.Seeds));
        Assert.Equal(["transfer:beta-cohort-epsilon", "transfer:s2-a", "transfer:s4-c"], row.Transfers);
    }

    [Fact]
    public async Task A_lineage_batch_answers_each_question_in_the_order_asked()
    {
        var (fake, _) = Serve(Tiny);
        await using var host = new TestHost(fake);
        string[] programs = ["program:meti-gamma", "program:nedo-epsilon", "program:jst-beta"];

        var pages = await host.Port<ILineageBatchQueries>().QueryLineageManyAsync(
            programs.Select(p => new LineageQuery(ProgramSelector.ForPrograms(p), ProgramSelector.Any, MaxHops: 1)).ToList(), None);

        // Each page's paths leave the program asked about.
        Assert.Equal(programs, pages.Select(p => p.Nodes.Select(n => n.Steps[0].From).Distinct().Single()));
    }
}
