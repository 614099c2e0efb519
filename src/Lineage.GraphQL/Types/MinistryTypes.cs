using GraphQL.Types;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.GraphQL.Loaders;

namespace Lineage.GraphQL.Types;

public sealed class MinistryType : ObjectGraphType<Ministry>
{
    public MinistryType()
    {
        Name = "Ministry";
        this.AddNodeFields();
        Field<NonNullGraphType<MinistryCodeType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyType>>>>("agencies")
            .ResolveAsync(async c => (await c.Store().ListNodesAsync(new NodeQuery(NodeKind.Agency, [c.Source.Code], First: 100), c.CancellationToken)).Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramType>>>>("programs")
            .Description("Programs run by the ministry or its agencies, sub-programs included (up to 100; use Query.programs to page).")
            .ResolveAsync(async c => (await c.Store().ListNodesAsync(new NodeQuery(NodeKind.Program, [c.Source.Code], First: 100), c.CancellationToken)).Nodes);
    }
}

public sealed class AgencyType : ObjectGraphType<Agency>
{
    public AgencyType()
    {
        Name = "Agency";
        this.AddNodeFields();
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<MinistryType>>("ministry").Resolve(c => c.LoadNode(c.Source.Ministry));
    }
}

/// <summary>Who runs a program: a ministry or one of its agencies.</summary>
public sealed class RunnerUnion : UnionGraphType
{
    public RunnerUnion()
    {
        Name = "Runner";
        Type<MinistryType>();
        Type<AgencyType>();
    }
}
