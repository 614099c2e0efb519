using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Core.Store;

/// <summary>
/// A filtered page of one kind of node. Filters that do not apply to the kind are ignored by
/// nothing: a store must reject them (see <see cref="Validated"/>), so a user never gets a silently
/// unfiltered list.
/// </summary>
public sealed record NodeQuery(
    NodeKind Kind,
    IReadOnlyList<MinistryCode>? Ministries = null,
    string? NameContains = null,
    string? Parent = null,
    int First = LineageQuery.DefaultPageSize,
    string? After = null)
{
    public NodeQuery Validated()
    {
        if (First < 0 || First > LineageQuery.MaxPageSize)
            throw new InvalidQueryException("first", $"first must be between 0 and {LineageQuery.MaxPageSize} (got {First}).");
        if (Ministries is { Count: > 0 } && Kind is not (NodeKind.Program or NodeKind.Agency))
            throw new InvalidQueryException("where.ministries", $"the ministries filter applies to programs and agencies, not {Kind}.");
        if (Parent is not null && Kind is not NodeKind.Program)
            throw new InvalidQueryException("where.parent", "the parent filter applies to programs only.");
        if (After is not null) _ = Cursor.Decode(After);
        return this;
    }
}

public sealed record NodePage(int TotalCount, IReadOnlyList<INode> Nodes, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Nodes.Count > 0 ? Cursor.Encode(Nodes[0].Id) : null;
    public string? EndCursor => Nodes.Count > 0 ? Cursor.Encode(Nodes[^1].Id) : null;
}
