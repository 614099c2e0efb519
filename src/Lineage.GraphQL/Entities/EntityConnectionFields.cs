using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Entities;

/// <summary>Relay connection fields over IEntityQueries: `first`/`after`, `where`, ordered by id.</summary>
internal static class EntityConnectionFields
{
    /// <summary>Query.{kind}s(where, first, after).</summary>
    public static FieldBuilder<TSource, object> EntityConnection<TSource, TNodeType, TFilter>(this ObjectGraphType<TSource> type, string name, NodeKind kind, string description)
        where TNodeType : IGraphType where TFilter : EntityFilterInputType =>
        type.Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name)
            .Description(description + " Ordered by id.")
            .Argument<TFilter>("where")
            .PageArguments()
            .ResolveAsync(async c => await c.Port<IEntityQueries>().ListEntitiesAsync(
                EntityFilterInputType.ToQuery(kind, c.GetArgument<Dictionary<string, object?>?>("where"), c.GetArgument("first", LineageQuery.DefaultPageSize), c.GetArgument<string?>("after")).Validated(),
                c.CancellationToken));

    /// <summary>A connection of the entities tied to the parent node (Region.programs: programs in the region); one store call per parent.</summary>
    public static FieldBuilder<TSource, object> RelatedConnection<TSource, TNodeType>(this ObjectGraphType<TSource> type, string name, Func<IResolveFieldContext<TSource>, EntityQuery> query, string description)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<NodeConnectionType<TNodeType>>>(name)
            .Description(description + " Ordered by id.")
            .PageArguments()
            .ResolveAsync(async c => await c.Port<IEntityQueries>().ListEntitiesAsync(
                (query(c) with { First = c.GetArgument("first", LineageQuery.DefaultPageSize), After = c.GetArgument<string?>("after") }).Validated(),
                c.CancellationToken));

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", a => { a.DefaultValue = LineageQuery.DefaultPageSize; a.Description = $"Page size (0–{LineageQuery.MaxPageSize})."; })
        .Argument<StringGraphType>("after", a => a.Description = "pageInfo.endCursor of the previous page.");

    /// <summary>A list of the nodes that refer to the parent, batched across all parents of one level.</summary>
    public static FieldBuilder<TSource, object> Referencing<TSource, TNodeType>(this ObjectGraphType<TSource> type, string name, NodeKind kind, Relation relation, string description)
        where TSource : INode where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name)
            .Description(description)
            .Resolve(c => c.Exploration().Referencing(kind, relation).Load(c.Source.Id));
}
