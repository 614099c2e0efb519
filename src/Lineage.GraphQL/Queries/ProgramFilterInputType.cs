using GraphQL.Types;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Queries;

/// <summary>Filters for Query.programs; every given filter must match.</summary>
public sealed class ProgramFilterInputType : InputObjectGraphType
{
    public ProgramFilterInputType()
    {
        Name = "ProgramFilter";
        Field<ListGraphType<NonNullGraphType<MinistryCodeType>>>("ministries").Description("Run by these ministries or their agencies, sub-programs included.");
        Field<IdGraphType>("parent").Description("Direct phases and parts of this program.");
        Field<StringGraphType>("nameContains").Description("Part of the Japanese or English name, case-insensitive.");
    }
}
