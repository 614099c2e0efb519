using GraphQL.Types;
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
        Field<NonNullGraphType<RunnerInterface>>("runBy").Description("The ministry or agency that runs it; of a joint program, the one the source names first.").Resolve(c => c.LoadNode(c.Source.RunBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RunnerInterface>>>>("alsoRunBy")
            .Description("The other ministries or agencies that run it jointly with runBy (empty for most programs). Ministry selectors and filters match every runner.")
            .Resolve(c => c.Source.AlsoRunBy.Select(c.LoadNode).ToList());
        Field<NonNullGraphType<MinistryType>>("ministry").Description("The ministry in charge: the runner, or the runner's ministry when an agency runs it.")
            .Resolve(c => c.Loaders().MinistryOf.Load(c.Source.RunBy));
        Field<ProgramType>("parent").Description("The program this is a phase or part of.").Resolve(c => c.LoadOptional(c.Source.Parent));
        this.Referencing<Program, ProgramType>("children", NodeKind.Program, Relation.Parent, "Its phases and parts, by id.");
        Field<StringGraphType>("phase").Resolve(c => c.Source.Phase);
        Field<IntGraphType>("startFiscalYear").Resolve(c => c.Source.StartFiscalYear);
        Field<IntGraphType>("endFiscalYear").Resolve(c => c.Source.EndFiscalYear);
        Field<StringGraphType>("aim").Resolve(c => c.Source.Aim);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetType>>>>("budgets").Description("Budgets and budget requests by fiscal year, as the sources give them.").Resolve(c => c.Source.Budgets.OrderBy(b => b.FiscalYear).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("transfersOut").Description("Hand-offs from this program, by fiscal year.")
            .Resolve(c => c.Loaders().Outgoing.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("transfersIn").Description("Hand-offs into this program, by fiscal year.")
            .Resolve(c => c.Loaders().Incoming.Load(c.Source.Id));
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
        Field<NonNullGraphType<BudgetKindType>>("kind").Description("BUDGET (appropriated) or REQUEST (asked for).").Resolve(c => c.Source.Kind);
        Field<DecimalGraphType>("millionYen").Description("In million yen; null when the source leaves it unknown.").Resolve(c => c.Source.MillionYen);
        Field<NonNullGraphType<StringGraphType>>("asWritten").Description("The figure exactly as the source writes it.").Resolve(c => c.Source.AsWritten);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        this.AddEvidence(c => c.Source.Evidence);
    }
}
