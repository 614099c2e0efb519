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
        Description = "A chain of hand-offs that follows one seed from a program matching `from` to a program matching `to`, as far as it goes within " +
            "maxHops: no answer is part of another answer of the same seed, so a seed that branches has one path per branch.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The path itself: `path:` and its transfers' slugs joined by `+`; the same on every request and store.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("key").Description("The seed: its project id, or the transfer id of an aggregate hand-off. A seed that branches has several paths with one key.").Resolve(c => c.Source.Key);
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
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Paths answering the question, over all pages (a seed that branches counts once per branch).").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineagePathType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageEdgeType>>>>("edges").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}
