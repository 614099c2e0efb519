using GraphQL.Types;
using Lineage.Core.Lineage;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Lineage;

public sealed class LineagePathType : ObjectGraphType<LineagePath>
{
    public LineagePathType()
    {
        Name = "LineagePath";
        Description = "One seed's way from its first program matching `from` to the furthest program matching `to`.";
        Field<NonNullGraphType<IdGraphType>>("key").Description("The seed: its project id, or the transfer id of an aggregate hand-off.").Resolve(c => c.Source.Key);
        Field<ProjectType>("project").Description("The seed's project; null for an aggregate hand-off.").Resolve(c => c.LoadOptional(c.Source.Project));
        Field<NonNullGraphType<StageType>>("reachedStage").Description("The stage of the last step.").Resolve(c => c.Source.ReachedStage);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(c => c.Source.Steps.Count);
        Field<NonNullGraphType<ProgramType>>("from").Description("The first program of the path.").Resolve(c => c.LoadNode(c.Source.Steps[0].From));
        Field<NonNullGraphType<ProgramType>>("to").Description("The last program of the path.").Resolve(c => c.LoadNode(c.Source.Steps[^1].To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("steps").Description("The hand-offs in order.").Resolve(c => c.Source.Steps);
    }
}

public sealed class LineageEdgeType : ObjectGraphType<LineagePath>
{
    public LineageEdgeType()
    {
        Name = "LineageEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<LineagePathType>>("node").Resolve(c => c.Source);
    }
}

public sealed class LineageConnectionType : ObjectGraphType<LineagePage>
{
    public LineageConnectionType()
    {
        Name = "LineageConnection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Paths matching the question, over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineagePathType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageEdgeType>>>>("edges").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}
