using Lineage.Core.Model;

namespace Lineage.Core.Lineage;

/// <summary>
/// One seed's way from a program matching `from` to the furthest program matching `to`.
/// <see cref="Key"/> is the seed: its project id, or the transfer id of an aggregate hand-off.
/// </summary>
public sealed record LineagePath(string Key, string? Project, IReadOnlyList<Transfer> Steps, string Cursor)
{
    public Stage ReachedStage => Steps[^1].Stage;
}

public sealed record LineagePage(int TotalCount, IReadOnlyList<LineagePath> Nodes, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Nodes.Count > 0 ? Nodes[0].Cursor : null;
    public string? EndCursor => Nodes.Count > 0 ? Nodes[^1].Cursor : null;
}
