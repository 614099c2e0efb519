using System.Text.Json;
using Lineage.Conformance.Cases;
using Lineage.Core.Flows;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Xunit;

namespace Lineage.Conformance;

/// <summary>What every store must answer for <see cref="IFlowQueries"/>; expected answers in tests/Fixtures/flow-cases.json.</summary>
public abstract class FlowConformance : CapabilityConformance
{
    private static readonly (string Fixture, IReadOnlyList<(string Name, JsonElement Query, JsonElement Expect)> Cases) File = CaseFile.Load("flow-cases.json");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in File.Cases) data.Add(c.Name);
        return data;
    }

    private static FlowQuery Read(JsonElement q) => new(
        ParseEnum<FlowGrouping>(q.GetProperty("groupBy").GetString()!),
        CaseFile.Selector(q, "from"),
        CaseFile.Selector(q, "to"),
        CaseFile.String(q, "minStage") is { } stage ? ParseEnum<Stage>(stage) : null,
        CaseFile.Int(q, "fiscalYearFrom"),
        CaseFile.Int(q, "fiscalYearTo"));

    private static string Describe(FlowRow r) =>
        $"{r.Source} -> {r.Target}: seeds {r.Seeds}; transfers {string.Join(" ", r.Transfers)}; projects {string.Join(" ", r.Projects)}; cohorts {string.Join(" ", r.Cohorts)}";

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Flows_answer_the_expected_rows(string caseName)
    {
        var c = File.Cases.Single(x => x.Name == caseName);
        await ImportAsync(File.Fixture);

        var rows = await Port<IFlowQueries>().QueryFlowsAsync(Read(c.Query), CancellationToken.None);

        var expected = c.Expect.EnumerateArray().Select(e => new FlowRow(
            e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("seeds").GetInt32(),
            CaseFile.Strings(e.GetProperty("transfers")), CaseFile.Strings(e.GetProperty("projects")), CaseFile.Strings(e.GetProperty("cohorts"))));
        // Compared as text so a failure shows the whole row.
        Assert.Equal(expected.Select(Describe), rows.Select(Describe));
    }

    [Fact]
    public async Task Reversed_fiscal_years_are_refused_naming_the_argument()
    {
        await ImportAsync(File.Fixture);
        var e = await Assert.ThrowsAsync<InvalidQueryException>(() => Port<IFlowQueries>().QueryFlowsAsync(
            new FlowQuery(FlowGrouping.Ministry, Core.Selectors.ProgramSelector.Any, Core.Selectors.ProgramSelector.Any, FiscalYearFrom: 2010, FiscalYearTo: 2005), CancellationToken.None));
        Assert.Equal("fiscalYearFrom", e.Argument);
    }
}
