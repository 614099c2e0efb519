using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.GraphQL.Entities;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "One research theme, a seed carried through programs.";
        this.AddNodeFields();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions").Resolve(c => c.Source.Regions.Select(c.LoadNode).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants").Resolve(c => c.Source.Participants);
        Field<StringGraphType>("note").Description("What the curator says about the name or the case (a title cut off in the source).").Resolve(c => c.Source.Note);
        this.Referencing<Project, TransferType>("transfers", NodeKind.Transfer, Relation.Project, "The seed's hand-offs in the order it went: by fiscal year, then id.");
        this.Referencing<Project, OutcomeType>("outcomes", NodeKind.Outcome, Relation.Project, "Results of this project, by id.");
    }
}

public sealed class ParticipantType : ObjectGraphType<Participant>
{
    public ParticipantType()
    {
        Name = "Participant";
        Field<NonNullGraphType<OrganizationType>>("organization").Resolve(c => c.LoadNode(c.Source.Organization));
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
        this.AddEvidence(c => c.Source.Evidence);
    }
}

public sealed class ClusterProjectType : ObjectGraphType<ClusterProject>
{
    public ClusterProjectType()
    {
        Name = "ClusterProject";
        Description = "A regional project of a program, such as one Industrial Cluster project.";
        this.AddNodeFields();
        Field<NonNullGraphType<ProgramType>>("program").Resolve(c => c.LoadNode(c.Source.Program));
        Field<StringGraphType>("field").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions").Resolve(c => c.Source.Regions.Select(c.LoadNode).ToList());
        Field<OrganizationType>("office").Resolve(c => c.LoadOptional(c.Source.Office));
        Field<ClusterProjectType>("partOf").Description("The cluster project this one is a strategy of (null for most).").Resolve(c => c.LoadOptional(c.Source.PartOf));
        this.Referencing<ClusterProject, ClusterProjectType>("parts", NodeKind.ClusterProject, Relation.Parent, "The cluster projects that are strategies of this one, by id.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("participation")
            .Description("Participant counts, each as of its date (oldest first).")
            .Resolve(c => c.Source.Participation.OrderBy(p => p.AsOf, StringComparer.Ordinal).ToList());
        this.Referencing<ClusterProject, OutcomeType>("outcomes", NodeKind.Outcome, Relation.ClusterProject, "Results of this cluster project, by id.");
    }
}

public sealed class ParticipationType : ObjectGraphType<Participation>
{
    public ParticipationType()
    {
        Name = "Participation";
        Field<NonNullGraphType<StringGraphType>>("asOf").Resolve(c => c.Source.AsOf);
        Field<IntGraphType>("companies").Resolve(c => c.Source.Companies);
        Field<IntGraphType>("universities").Resolve(c => c.Source.Universities);
        Field<NonNullGraphType<BooleanGraphType>>("approximate").Description("The source says 約 (about) before the counts, as in 約880社19大学: the companies count is approximate; whether 約 also covers the universities count the sources leave open.").Resolve(c => c.Source.Approximate);
        this.AddEvidence(c => c.Source.Evidence);
    }
}
