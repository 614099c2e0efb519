using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class TransferType : ObjectGraphType<Transfer>
{
    public TransferType()
    {
        Name = "Transfer";
        Description = "A seed handed from one program to another (TRANSFERRED_TO).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Transfer;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ProgramType>>("from").Resolve(c => c.LoadNode(c.Source.From));
        Field<NonNullGraphType<ProgramType>>("to").Resolve(c => c.LoadNode(c.Source.To));
        Field<ProjectType>("project").Description("The seed, when the source names it; null for an aggregate hand-off.").Resolve(c => c.LoadOptional(c.Source.Project));
        Field<IntGraphType>("fromFiscalYear").Resolve(c => c.Source.FromFiscalYear);
        Field<IntGraphType>("toFiscalYear").Resolve(c => c.Source.ToFiscalYear);
        Field<NonNullGraphType<StageType>>("stage").Description("The furthest stage the seed reached inside the receiving program.").Resolve(c => c.Source.Stage);
        Field<IntGraphType>("count").Description("Seeds in an aggregate hand-off; a cohort's total belongs to the cohort, not to this edge.").Resolve(c => c.Source.Count);
        Field<CohortType>("cohort").Resolve(c => c.LoadOptional(c.Source.Cohort));
        Field<StringGraphType>("note").Description("The curator's reading of the passage: what the stage rests on, what the source garbles.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<BasisType>>("basis").Description("STATED: a source says the seed went from one program to the other; INFERRED: the hand-off was rebuilt (see inference).").Resolve(c => c.Source.Basis);
        Field<StringGraphType>("inference").Description("For an INFERRED hand-off: what was inferred, and from what (a table's layout, an example, the order of events). Null when STATED.").Resolve(c => c.Source.Inference);
        this.AddEvidence(c => c.Source.Evidence);
    }
}

public sealed class CohortType : ObjectGraphType<Cohort>
{
    public CohortType()
    {
        Name = "Cohort";
        Description = "Hand-offs whose total the source gives only for the group.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Cohort;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<ProgramType>("fromProgram").Resolve(c => c.LoadOptional(c.Source.FromProgram));
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        this.AddEvidence(c => c.Source.Evidence);
    }
}
