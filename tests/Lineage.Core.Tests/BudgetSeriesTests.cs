using Lineage.Core.Budgets;
using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Tests;

namespace Lineage.Core.Tests;

/// <summary>A program's budgets as a series: per fiscal year, which figure is the budget, the draft and the request.</summary>
public sealed class BudgetSeriesTests
{
    private static readonly Dataset Data = DatasetLoader.LoadDirectory(RepoPaths.Data);

    private static Program P(string id) => Data.Programs.Single(p => p.Id == id);

    [Fact]
    public void Knowledge_cluster_phase_II_has_its_FY2007_budget_FY2008_draft_and_FY2009_budget_in_order()
    {
        // 001: 第II期 75億円(55億円) — 19年度予算額 in brackets, the FY2008 予算案 outside; 004: FY2009 第Ⅱ期 75億円.
        var series = BudgetSeries.Of(P("program:mext-knowledge-cluster-2"));

        Assert.Equal([2007, 2008, 2009], series.Select(y => y.FiscalYear));
        Assert.Equal(5500m, series[0].Budget!.MillionYen);
        Assert.Null(series[0].Draft);
        Assert.Null(series[1].Budget);
        Assert.Equal(7500m, series[1].Draft!.MillionYen);
        Assert.Equal("75億円", series[1].Draft!.AsWritten);
        Assert.Equal(7500m, series[2].Budget!.MillionYen);
        Assert.All(series, y => Assert.Null(y.Request));
    }

    [Fact]
    public void METI_s_FY2008_new_request_is_a_request_not_a_draft()
    {
        // 003: 地域イノベーション協創プログラム（２０年度新規要求：９２億円）; 004: FY2009 34億円.
        var series = BudgetSeries.Of(P("program:meti-regional-innovation-cocreation"));

        Assert.Equal(9200m, series.Single(y => y.FiscalYear == 2008).Request!.MillionYen);
        Assert.Null(series.Single(y => y.FiscalYear == 2008).Draft);
        Assert.Equal(3400m, series.Single(y => y.FiscalYear == 2009).Budget!.MillionYen);
    }

    [Fact]
    public void A_row_total_and_a_derived_empty_cell_are_typed_with_what_the_cell_shows()
    {
        var nibio = P("program:mhlw-nibio");
        var total = Assert.Single(nibio.BudgetTotals);
        Assert.Equal((2005, 2007, 34250m, "34, 250"), (total.FromFiscalYear, total.ToFiscalYear, total.MillionYen, total.AsWritten));
        Assert.Null(total.Derivation);

        // The H18 cell is empty; 34,250 − 11,474 − 11,333 = 11,443, marked as derived.
        var fy2006 = nibio.Budgets.Single(b => b.FiscalYear == 2006);
        Assert.Equal(("", 11443m), (fy2006.AsWritten, fy2006.MillionYen));
        Assert.NotNull(fy2006.Derivation);
        Assert.Equal(34250m - 11474m - 11333m, fy2006.MillionYen);

        // MAFF: H18 and H19 are both empty; only their sum is known (13,938 − 3,846).
        var maff = P("program:maff-advanced-tech-research");
        var both = maff.BudgetTotals.Single(t => t.Derivation is not null);
        Assert.Equal((2006, 2007, 13938m - 3846m, ""), (both.FromFiscalYear, both.ToFiscalYear, both.MillionYen, both.AsWritten));
        Assert.All(maff.Budgets.Where(b => b.FiscalYear > 2005), b => Assert.Null(b.MillionYen));
    }

    [Fact]
    public void Every_row_total_of_the_000_table_equals_its_written_years_unless_a_note_says_why_not()
    {
        foreach (var p in Data.Programs)
            foreach (var t in p.BudgetTotals.Where(t => t.Derivation is null && t.Evidence.All(e => e.Source == "source:000")))
            {
                var years = p.Budgets.Where(b => b.FiscalYear >= t.FromFiscalYear && b.FiscalYear <= t.ToFiscalYear && b.Derivation is null && b.Unit == "百万円").ToList();
                var sum = years.Sum(b => b.MillionYen ?? 0);
                if (sum != t.MillionYen)
                    Assert.True(t.Note is not null || p.Budgets.Any(b => b.Derivation is not null) || p.BudgetTotals.Count > 1,
                        $"{p.Id}: 計 {t.MillionYen} ≠ {sum} and nothing says why");
            }
    }
}
