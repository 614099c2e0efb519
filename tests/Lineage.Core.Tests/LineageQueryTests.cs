using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Core.Tests;

public sealed class LineageQueryTests
{
    private static readonly LineageQuery Any = new(ProgramSelector.Any, ProgramSelector.Any);

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void MaxHops_outside_one_to_eight_is_refused_naming_the_limit(int maxHops)
    {
        var e = Assert.Throws<InvalidQueryException>(() => (Any with { MaxHops = maxHops }).Validated());
        Assert.Equal("maxHops", e.Argument);
        Assert.Contains("between 1 and 8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Page_size_outside_zero_to_one_hundred_is_refused(int first)
    {
        var e = Assert.Throws<InvalidQueryException>(() => (Any with { First = first }).Validated());
        Assert.Equal("first", e.Argument);
    }

    [Fact]
    public void A_reversed_fiscal_year_window_is_refused()
    {
        var e = Assert.Throws<InvalidQueryException>(() => (Any with { FiscalYearFrom = 2009, FiscalYearTo = 2005 }).Validated());
        Assert.Equal("fiscalYearFrom", e.Argument);
    }

    [Fact]
    public void The_limits_themselves_are_accepted()
    {
        var q = (Any with { MaxHops = 8, First = 100, FiscalYearFrom = 2005, FiscalYearTo = 2005 }).Validated();
        Assert.Equal(8, q.MaxHops);
    }

    [Fact]
    public void Stages_are_ordered_from_seed_to_commercialization()
    {
        Assert.Equal([Stage.Seed, Stage.JointResearch, Stage.Prototype, Stage.Practical, Stage.Commercialized], Enum.GetValues<Stage>().Order());
        Assert.True(Stage.Prototype < Stage.Commercialized);
    }

    [Fact]
    public void A_cursor_round_trips_and_a_foreign_one_is_refused()
    {
        var key = Cursor.LineageSortKey(2007, "project:x");
        Assert.Equal("2007|project:x", Cursor.Decode(Cursor.Encode(key)));
        Assert.Equal("after", Assert.Throws<InvalidQueryException>(() => Cursor.Decode("bm9wZQ==")).Argument);
    }
}
