using GraphQL.Types;
using Lineage.Core.Model;

namespace Lineage.GraphQL.Types;

public sealed class NodeInterface : InterfaceGraphType<INode>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything with a global id: node(id) finds it.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
