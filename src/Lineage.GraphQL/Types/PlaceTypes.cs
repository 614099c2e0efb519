using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.GraphQL.Entities;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class RegionType : ObjectGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        this.AddNodeFields();
        Field<NonNullGraphType<RegionKindType>>("kind").Resolve(c => c.Source.RegionKind);
        Field<RegionType>("within").Resolve(c => c.LoadOptional(c.Source.Within));
        this.Referencing<Region, RegionType>("subRegions", NodeKind.Region, Relation.Within, "Regions directly within this one, by id.");
        this.RelatedConnection<Region, ProgramType>("programs", c => new EntityQuery(NodeKind.Program, Regions: [c.Source.Id]),
            "Programs confined to this region or a region within it (a sub-program inherits its parent's regions).");
        this.RelatedConnection<Region, OrganizationType>("organizations", c => new EntityQuery(NodeKind.Organization, Regions: [c.Source.Id]),
            "Organizations located in this region or a region within it.");
        this.RelatedConnection<Region, ClusterProjectType>("clusterProjects", c => new EntityQuery(NodeKind.ClusterProject, Regions: [c.Source.Id]),
            "Cluster projects in this region or a region within it.");
        this.RelatedConnection<Region, ProjectType>("projects", c => new EntityQuery(NodeKind.Project, Regions: [c.Source.Id]),
            "Projects (seeds) located in this region or a region within it.");
    }
}

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A university, company, research institute, local government, association, office or coordination body.";
        this.AddNodeFields();
        Field<NonNullGraphType<OrganizationKindType>>("kind").Resolve(c => c.Source.OrganizationKind);
        Field<RegionType>("locatedIn").Resolve(c => c.LoadOptional(c.Source.LocatedIn));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationDateType>>>>("dates")
            .Description("Founding, listing and other dates the sources state, oldest first.").Resolve(c => c.Source.Dates.OrderBy(d => d.Date, StringComparer.Ordinal).ToList());
        this.AddLinkFields();
        this.Referencing<Organization, ProjectType>("projects", NodeKind.Project, Relation.Participant, "Projects it takes part in, by id.");
        this.Referencing<Organization, ClusterProjectType>("officeOf", NodeKind.ClusterProject, Relation.Office, "Cluster projects it is the office of, by id.");
    }
}

public sealed class OrganizationDateType : ObjectGraphType<OrganizationDate>
{
    public OrganizationDateType()
    {
        Name = "OrganizationDate";
        Field<NonNullGraphType<OrganizationDateKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("date").Description("1999, 2002-09 or 2007-10-25: as precise as the source (年 is a calendar year).").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("asWritten").Description("The date as the source writes it (平成１１年).").Resolve(c => c.Source.AsWritten);
        Field<NonNullGraphType<BasisType>>("basis").Description("STATED, or INFERRED when the date was tied to the organization by the layout of the source (see inference).").Resolve(c => c.Source.Basis);
        Field<StringGraphType>("inference").Resolve(c => c.Source.Inference);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        this.AddEvidence(c => c.Source.Evidence);
    }
}
