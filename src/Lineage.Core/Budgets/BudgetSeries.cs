using Lineage.Core.Model;

namespace Lineage.Core.Budgets;

/// <summary>One fiscal year of a program's budget series: which figure is the budget, which the draft, which the request.</summary>
public sealed record BudgetYear(int FiscalYear, Budget? Budget, Budget? Draft, Budget? Request);

/// <summary>
/// A program's budgets as a series by fiscal year. The validator allows one figure per year and kind, so each slot holds
/// at most one; a year appears when any figure of it is known or written (an empty cell is a year with a null amount).
/// </summary>
public static class BudgetSeries
{
    public static IReadOnlyList<BudgetYear> Of(Program program) =>
        program.Budgets
            .GroupBy(b => b.FiscalYear)
            .OrderBy(g => g.Key)
            .Select(g => new BudgetYear(g.Key, Find(g, BudgetKind.Budget), Find(g, BudgetKind.Draft), Find(g, BudgetKind.Request)))
            .ToList();

    private static Budget? Find(IEnumerable<Budget> budgets, BudgetKind kind) => budgets.FirstOrDefault(b => b.Kind == kind);
}
