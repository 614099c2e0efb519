using GraphQL.Types;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;

namespace Lineage.GraphQL.Types;

/// <summary>A Relay connection over one kind of node; the name follows the node type (ProgramConnection).</summary>
public sealed class NodeConnectionType<TNodeType> : ObjectGraphType<NodePage> where TNodeType : IGraphType
{
    public NodeConnectionType()
    {
        var nodeName = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal);
        Name = nodeName + "Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Items matching, over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeEdgeType<TNodeType>>>>>("edges").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
    }
}

public sealed class NodeEdgeType<TNodeType> : ObjectGraphType<INode> where TNodeType : IGraphType
{
    public NodeEdgeType()
    {
        Name = typeof(TNodeType).Name.Replace("Type", "", StringComparison.Ordinal) + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => Cursor.Encode(c.Source.Id));
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source);
    }
}
