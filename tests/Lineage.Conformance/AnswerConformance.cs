using System.Text.Json;
using Lineage.Conformance.Cases;
using Lineage.Core.Datasets;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Tests;
using Xunit;

namespace Lineage.Conformance;

/// <summary>
/// The answers every implementation of the lineage rules must give — the engine itself, every store — written once
/// (after Jaeger's StorageIntegration). Fixtures and expected answers are data files under tests/Fixtures
/// (lineage-cases.json, flow-cases.json); a subject only says how to load a graph and ask.
/// </summary>
public abstract class AnswerConformance : IAsyncLifetime
{
    private IAnswering? _subject;

    /// <summary>Makes <paramref name="dataset"/> the graph the questions of this test are asked of.</summary>
    protected abstract Task<IAnswering> LoadAsync(Dataset dataset);

    private async Task Load(Dataset dataset) => _subject = await LoadAsync(dataset);

    private IAnswering Subject => _subject ?? throw new InvalidOperationException("Load a graph first.");

    private Task<LineagePage> LineageAsync(LineageQuery query) => Subject.LineageAsync(query);

    private Task<IReadOnlyList<LineagePage>> LineageManyAsync(IReadOnlyList<LineageQuery> queries) => Subject.LineageManyAsync(queries);

    private Task<IReadOnlyList<FlowRow>> FlowsAsync(FlowQuery query) => Subject.FlowsAsync(query);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected static Dataset Fixture(string name) => DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, name));

    private static readonly (string Fixture, IReadOnlyList<(string Name, JsonElement Query, JsonElement Expect)> Cases) FlowFile = CaseFile.Load("flow-cases.json");

    public static TheoryData<string> AnsweredCases() => Names(LineageCase.Answered.Select(c => c.Name));

    public static TheoryData<string> RefusedCases() => Names(LineageCase.All.Where(c => c.Error is not null).Select(c => c.Name));

    public static TheoryData<string> FlowCases() => Names(FlowFile.Cases.Select(c => c.Name));

    private static TheoryData<string> Names(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var n in names) data.Add(n);
        return data;
    }

    private static void AssertAnswers(LineageCase c, LineagePage page)
    {
        Assert.True(c.Expected.Count == page.TotalCount, $"{c.Name}: totalCount {page.TotalCount}, expected {c.Expected.Count}");
        // Compared as text, so a failure shows every path of both answers.
        Assert.Equal(c.Expected.Select(e => $"{e.Key}: {string.Join(" ", e.Steps)}"), page.Nodes.Select(p => $"{p.Key}: {string.Join(" ", p.Steps.Select(s => s.Id))}"));
    }

    [Theory]
    [MemberData(nameof(AnsweredCases))]
    public async Task Lineage_answers_equal_the_expected_answers(string caseName)
    {
        var c = LineageCase.All.Single(x => x.Name == caseName);
        await Load(Fixture(c.Fixture));

        var page = await LineageAsync(c.Query);

        AssertAnswers(c, page);
        Assert.False(page.HasNextPage);
        Assert.All(page.Nodes, p => Assert.Equal(p.Key.StartsWith("project:", StringComparison.Ordinal) ? p.Key : null, p.Project));
        Assert.All(page.Nodes, p => Assert.Equal("path:" + string.Join('+', p.Steps.Select(s => s.Id["transfer:".Length..])), p.Id));
        Assert.Equal(page.Nodes.Count, page.Nodes.Select(p => p.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task A_question_naming_what_is_not_in_the_graph_is_refused_naming_it(string caseName)
    {
        var c = LineageCase.All.Single(x => x.Name == caseName);
        await Load(Fixture(c.Fixture));

        var e = await Assert.ThrowsAsync<InvalidQueryException>(() => LineageAsync(c.Query));

        Assert.Equal(c.Error!.Argument, e.Argument);
        Assert.Contains(c.Error.MessageContains, e.Message, StringComparison.Ordinal);
        // Flows take the same selectors, resolved by the same rules.
        var f = await Assert.ThrowsAsync<InvalidQueryException>(() => FlowsAsync(new FlowQuery(FlowGrouping.Program, c.Query.From, c.Query.To)));
        Assert.Equal(c.Error.Argument, f.Argument);
    }

    [Theory]
    [MemberData(nameof(AnsweredCases))]
    public async Task Pages_of_two_return_every_path_once_in_order(string caseName)
    {
        var c = LineageCase.All.Single(x => x.Name == caseName);
        await Load(Fixture(c.Fixture));

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages <= c.Expected.Count; pages++)
        {
            var page = await LineageAsync(c.Query with { First = 2, After = after });
            Assert.Equal(c.Expected.Count, page.TotalCount);
            Assert.True(page.Nodes.Count <= 2);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Nodes.Select(p => $"{p.Key}: {string.Join(" ", p.Steps.Select(s => s.Id))}"));
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        Assert.Equal(c.Expected.Select(e => $"{e.Key}: {string.Join(" ", e.Steps)}"), seen);
    }

    [Fact]
    public async Task A_page_of_zero_still_counts_every_path()
    {
        await Load(Fixture("tiny"));
        var page = await LineageAsync(new LineageQuery(ProgramSelector.ForMinistries(MinistryCode.MEXT), ProgramSelector.ForMinistries(MinistryCode.METI), First: 0));
        Assert.Empty(page.Nodes);
        Assert.Equal(8, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [Fact]
    public async Task An_empty_graph_answers_no_path()
    {
        await Load(Dataset.Empty);
        var page = await LineageAsync(new LineageQuery(ProgramSelector.Any, ProgramSelector.Any));
        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Nodes);
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("bm9wZQ==")]
    public async Task A_cursor_not_issued_for_lineage_is_refused_with_the_argument_named(string cursor)
    {
        await Load(Fixture("tiny"));
        var e = await Assert.ThrowsAsync<InvalidQueryException>(() => LineageAsync(new LineageQuery(ProgramSelector.Any, ProgramSelector.Any, After: cursor)));
        Assert.Equal("after", e.Argument);
        // A cursor of a node page is not a position among paths either.
        var node = await Assert.ThrowsAsync<InvalidQueryException>(() => LineageAsync(new LineageQuery(ProgramSelector.Any, ProgramSelector.Any, After: Cursor.Encode("program:mext-alpha"))));
        Assert.Equal("after", node.Argument);
    }

    [Theory]
    [InlineData("tiny")]
    [InlineData("branches")]
    public async Task A_batch_of_every_case_of_a_fixture_answers_each_as_expected_in_order(string fixture)
    {
        var cases = LineageCase.Answered.Where(c => c.Fixture == fixture).ToList();
        await Load(Fixture(fixture));

        var pages = await LineageManyAsync(cases.Select(c => c.Query).ToList());

        Assert.Equal(cases.Count, pages.Count);
        foreach (var (c, page) in cases.Zip(pages)) AssertAnswers(c, page);
    }

    [Fact]
    public async Task A_batch_pages_each_question_on_its_own()
    {
        var c = LineageCase.Answered.First(x => x.Expected.Count >= 3);
        await Load(Fixture(c.Fixture));

        var pages = await LineageManyAsync([c.Query with { First = 1 }, c.Query with { First = 2 }]);

        Assert.Equal([c.Expected[0].Key], pages[0].Nodes.Select(p => p.Key));
        Assert.Equal(c.Expected.Take(2).Select(e => e.Key), pages[1].Nodes.Select(p => p.Key));
        Assert.All(pages, p => Assert.True(p.HasNextPage));
    }

    [Fact]
    public async Task An_empty_batch_answers_nothing()
    {
        await Load(Fixture("tiny"));
        Assert.Empty(await LineageManyAsync([]));
    }

    private static FlowQuery ReadFlow(JsonElement q) => new(
        Enum.Parse<FlowGrouping>(q.GetProperty("groupBy").GetString()!, ignoreCase: true),
        CaseFile.Selector(q, "from"),
        CaseFile.Selector(q, "to"),
        CaseFile.String(q, "minStage") is { } stage ? (EnumText.TryParse<Stage>(stage, out var s) ? s : throw new FormatException(stage)) : null,
        CaseFile.Int(q, "fiscalYearFrom"),
        CaseFile.Int(q, "fiscalYearTo"));

    private static string Describe(FlowRow r) =>
        $"{r.Source} -> {r.Target}: seeds {r.Seeds}; transfers {string.Join(" ", r.Transfers)}; projects {string.Join(" ", r.Projects)}; cohorts {string.Join(" ", r.Cohorts)}";

    [Theory]
    [MemberData(nameof(FlowCases))]
    public async Task Flows_answer_the_expected_rows(string caseName)
    {
        var c = FlowFile.Cases.Single(x => x.Name == caseName);
        await Load(Fixture(FlowFile.Fixture));

        var rows = await FlowsAsync(ReadFlow(c.Query));

        var expected = c.Expect.EnumerateArray().Select(e => new FlowRow(
            e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("seeds").GetInt32(),
            CaseFile.Strings(e.GetProperty("transfers")), CaseFile.Strings(e.GetProperty("projects")), CaseFile.Strings(e.GetProperty("cohorts"))));
        Assert.Equal(expected.Select(Describe), rows.Select(Describe));
    }

    [Fact]
    public async Task Reversed_fiscal_years_are_refused_naming_the_argument()
    {
        await Load(Fixture(FlowFile.Fixture));
        var flows = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            FlowsAsync(new FlowQuery(FlowGrouping.Ministry, ProgramSelector.Any, ProgramSelector.Any, FiscalYearFrom: 2010, FiscalYearTo: 2005)));
        Assert.Equal("fiscalYearFrom", flows.Argument);
        var lineage = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            LineageAsync(new LineageQuery(ProgramSelector.Any, ProgramSelector.Any, FiscalYearFrom: 2010, FiscalYearTo: 2005)));
        Assert.Equal("fiscalYearFrom", lineage.Argument);
    }
}
