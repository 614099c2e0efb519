using Lineage.Core.Model;

namespace Lineage.Core.Engine;

/// <summary>
/// Which hand-offs a question may use at all: inside the fiscal-year window (an unknown year never passes a bound) and
/// of a basis asked for (none asked: every basis). Every hand-off of a path must pass, as must every hand-off a flow counts.
/// </summary>
internal readonly record struct HandOffFilter(int? FiscalYearFrom, int? FiscalYearTo, int BasisMask)
{
    public static HandOffFilter Of(int? fiscalYearFrom, int? fiscalYearTo, IReadOnlyList<Basis>? basis) =>
        new(fiscalYearFrom, fiscalYearTo, basis is { Count: > 0 } ? basis.Aggregate(0, (mask, b) => mask | (1 << (int)b)) : -1);

    /// <summary>No window and no basis asked for: every hand-off passes, and no row need be read to tell.</summary>
    public bool AdmitsEvery => FiscalYearFrom is null && FiscalYearTo is null && BasisMask == -1;
}
