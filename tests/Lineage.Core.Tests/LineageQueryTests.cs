using Lineage.Core.Lineage;
using Lineage.Core.Selectors;

namespace Lineage.Core.Tests;

/// <summary>The limits of a lineage question a user controls, each refused naming the argument and the limit.</summary>
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
        Assert.Equal($"maxHops must be between 1 and 8 (got {maxHops}).", e.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Page_size_outside_zero_to_one_hundred_is_refused_naming_the_limit(int first)
    {
        var e = Assert.Throws<InvalidQueryException>(() => (Any with { First = first }).Validated());
        Assert.Equal("first", e.Argument);
        Assert.Equal($"first must be between 0 and 100 (got {first}).", e.Message);
    }

    [Fact]
    public void A_reversed_fiscal_year_window_is_refused_naming_both_years()
    {
        var e = Assert.Throws<InvalidQueryException>(() => (Any with { FiscalYearFrom = 2009, FiscalYearTo = 2005 }).Validated());
        Assert.Equal("fiscalYearFrom", e.Argument);
        Assert.Equal("fiscalYearFrom (2009) is after fiscalYearTo (2005).", e.Message);
    }

    [Fact]
    public void A_lineage_cursor_keeps_the_position_of_its_path_and_one_from_elsewhere_is_refused()
    {
        var key = new PathKey(null, "project:x", ["transfer:a", "transfer:b"]);
        var decoded = PathCursor.Decode(PathCursor.Encode(key));
        Assert.Equal((key.FirstFiscalYear, key.Seed), (decoded.FirstFiscalYear, decoded.Seed));
        Assert.Equal(key.Steps, decoded.Steps);
        Assert.Equal("after", Assert.Throws<InvalidQueryException>(() => PathCursor.Decode(Cursor.Encode("project:x"))).Argument);
    }

    [Fact]
    public void Paths_order_by_fiscal_year_with_unknown_last_then_seed_then_transfer_ids()
    {
        PathKey[] sorted =
        [
            new(2005, "project:b", ["transfer:z"]),
            new(2006, "project:a", ["transfer:a"]),
            new(2006, "project:a", ["transfer:a", "transfer:b"]),
            new(2006, "project:a", ["transfer:b"]),
            new(2006, "transfer:a", ["transfer:a"]),
            new(null, "project:a", ["transfer:a"]),
        ];
        Assert.Equal(sorted, sorted.Reverse().Order());
    }
}
