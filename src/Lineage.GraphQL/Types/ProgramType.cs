using GraphQL.Types;
using Lineage.Core.Budgets;
using Lineage.Core.Model;
using Lineage.Core.Entities;
using Lineage.GraphQL.Entities;
using Lineage.GraphQL.Lineage;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class ProgramType : ObjectGraphType<Program>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A government program or measure, or a phase or part of one.";
        this.AddNodeFields();
        Field<RunnerInterface>("runBy").Description("The ministry or agency that runs it; of a joint program, the one the source names first. Null when no source names who runs it (see note).").Resolve(c => c.LoadOptional(c.Source.RunBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RunnerInterface>>>>("alsoRunBy")
            .Description("The other ministries or agencies that run it jointly with runBy (empty for most programs). Ministry selectors and filters match every runner.")
            .Resolve(c => c.Source.AlsoRunBy.Select(c.LoadNode).ToList());
        Field<MinistryType>("ministry").Description("The ministry in charge: the runner, or the runner's ministry when an agency runs it; null when no source names the runner.")
            .Resolve(c => c.Source.RunBy is { } runBy ? c.Loaders().MinistryOf.Load(runBy) : null);
        Field<StringGraphType>("note").Description("What the curator decided where the sources are garbled or silent about this program.").Resolve(c => c.Source.Note);
        Field<ProgramType>("parent").Description("The program this is a phase or part of.").Resolve(c => c.LoadOptional(c.Source.Parent));
        this.Referencing<Program, ProgramType>("children", NodeKind.Program, Relation.Parent, "Its phases and parts, by id.");
        Field<StringGraphType>("phase").Resolve(c => c.Source.Phase);
        Field<IntGraphType>("startFiscalYear").Resolve(c => c.Source.StartFiscalYear);
        Field<IntGraphType>("endFiscalYear").Resolve(c => c.Source.EndFiscalYear);
        Field<StringGraphType>("aim").Resolve(c => c.Source.Aim);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetType>>>>("budgets").Description("Budgets, drafts and requests by fiscal year, as the sources give them.").Resolve(c => c.Source.Budgets.OrderBy(b => b.FiscalYear).ThenBy(b => b.Kind).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetYearType>>>>("budgetSeries")
            .Description("One row per fiscal year that has a figure: which figure is the budget (予算額), the draft (予算案) and the request (要求).")
            .Resolve(c => BudgetSeries.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetTotalType>>>>("budgetTotals")
            .Description("Totals over several fiscal years (the 計 of a budget table), and multi-year figures derived from a table's arithmetic.")
            .Resolve(c => c.Source.BudgetTotals.OrderBy(t => t.FromFiscalYear).ThenBy(t => t.ToFiscalYear).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("transfersOut").Description("Hand-offs from this program, by fiscal year.")
            .Resolve(c => c.Loaders().Outgoing.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("transfersIn").Description("Hand-offs into this program, by fiscal year.")
            .Resolve(c => c.Loaders().Incoming.Load(c.Source.Id));
        this.AddLinkFields();
        this.AddLineageFields();
        this.Referencing<Program, ClusterProjectType>("clusterProjects", NodeKind.ClusterProject, Relation.Program, "Regional projects of this program, by id.");
        this.Referencing<Program, OutcomeType>("outcomes", NodeKind.Outcome, Relation.Program, "Results attributed to this program, by id.");
    }
}

public sealed class BudgetType : ObjectGraphType<Budget>
{
    public BudgetType()
    {
        Name = "Budget";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Resolve(c => c.Source.FiscalYear);
        this.AddFigureFields();
    }
}

public sealed class BudgetTotalType : ObjectGraphType<BudgetTotal>
{
    public BudgetTotalType()
    {
        Name = "BudgetTotal";
        Description = "A budget figure over several fiscal years: a table's 計 (row total), or a multi-year figure derived from it.";
        Field<NonNullGraphType<IntGraphType>>("fromFiscalYear").Resolve(c => c.Source.FromFiscalYear);
        Field<NonNullGraphType<IntGraphType>>("toFiscalYear").Resolve(c => c.Source.ToFiscalYear);
        this.AddFigureFields();
    }
}

/// <summary>The fields of a one-year budget and a multi-year total alike.</summary>
internal static class BudgetFigureFields
{
    public static void AddFigureFields<T>(this ObjectGraphType<T> type) where T : IBudgetFigure
    {
        type.Field<NonNullGraphType<BudgetKindType>>("kind").Description("BUDGET (予算額), DRAFT (予算案) or REQUEST (要求).").Resolve(c => c.Source.Kind);
        type.Field<DecimalGraphType>("millionYen").Description("In million yen; null when the source leaves it unknown.").Resolve(c => c.Source.MillionYen);
        type.Field<NonNullGraphType<StringGraphType>>("asWritten").Description("The figure exactly as the source writes it; \"\" for an empty cell (then derivation says how a value was worked out, if one was).").Resolve(c => c.Source.AsWritten);
        type.Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Unit);
        type.Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        type.Field<StringGraphType>("derivation").Description("Set when the figure is not written as such but worked out from a table's arithmetic: how.").Resolve(c => c.Source.Derivation);
        type.AddEvidence(c => c.Source.Evidence);
    }
}

public sealed class BudgetYearType : ObjectGraphType<BudgetYear>
{
    public BudgetYearType()
    {
        Name = "BudgetYear";
        Description = "One fiscal year of a program's budget series.";
        Field<NonNullGraphType<IntGraphType>>("fiscalYear").Resolve(c => c.Source.FiscalYear);
        Field<BudgetType>("budget").Description("The budget (予算額, 予算) of the year, when a source gives it.").Resolve(c => c.Source.Budget);
        Field<BudgetType>("draft").Description("The government's draft budget (予算案) for the year, when a source gives it.").Resolve(c => c.Source.Draft);
        Field<BudgetType>("request").Description("The ministry's budget request (要求) for the year, when a source gives it.").Resolve(c => c.Source.Request);
    }
}
