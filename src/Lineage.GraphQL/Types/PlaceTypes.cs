using GraphQL.Types;
using Lineage.Core.Model;
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
    }
}

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A university, company, research institute, local government, association or office.";
        this.AddNodeFields();
        Field<NonNullGraphType<OrganizationKindType>>("kind").Resolve(c => c.Source.OrganizationKind);
        Field<RegionType>("locatedIn").Resolve(c => c.LoadOptional(c.Source.LocatedIn));
    }
}
