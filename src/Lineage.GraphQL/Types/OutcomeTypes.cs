using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class OutcomeType : ObjectGraphType<Outcome>
{
    public OutcomeType()
    {
        Name = "Outcome";
        Description = "A result: a product, venture, listing, license, patent, sales, economic effect, adoption count…";
        this.AddNodeFields("description");
        Field<NonNullGraphType<OutcomeKindType>>("kind").Resolve(c => c.Source.OutcomeKind);
        Field<ProjectType>("project").Resolve(c => c.LoadOptional(c.Source.Project));
        Field<ProgramType>("program").Resolve(c => c.LoadOptional(c.Source.Program));
        Field<ClusterProjectType>("clusterProject").Resolve(c => c.LoadOptional(c.Source.ClusterProject));
        Field<CohortType>("cohort").Resolve(c => c.LoadOptional(c.Source.Cohort));
        Field<StringGraphType>("asOf").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("figures").Resolve(c => c.Source.Figures);
    }
}

public sealed class FigureType : ObjectGraphType<Figure>
{
    public FigureType()
    {
        Name = "Figure";
        Field<StringGraphType>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<DecimalGraphType>>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<StringGraphType>>("asWritten").Description("Exactly as the source writes it.").Resolve(c => c.Source.AsWritten);
    }
}
