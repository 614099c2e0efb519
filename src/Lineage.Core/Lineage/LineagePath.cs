using Lineage.Core.Model;

namespace Lineage.Core.Lineage;

/// <summary>
/// One answer of DESIGN.md §3: a maximal chain of hand-offs that follows one seed from a program matching `from` to a
/// program matching `to`. A seed that branches has one path per branch. <see cref="Key"/> is the seed: its project
/// id, or the transfer id of an aggregate hand-off; <see cref="Id"/> names the path itself and is stable across
/// requests and stores (it is made of the transfer ids).
/// </summary>
public sealed record LineagePath(string Id, string Key, string? Project, IReadOnlyList<Transfer> Steps, string Cursor)
{
    public Stage ReachedStage => Steps[^1].Stage;

    /// <summary>"path:" and the slugs of the path's transfers joined by '+': readable, and the same wherever it is computed.</summary>
    public static string IdOf(IEnumerable<string> transferIds)
    {
        if (transferIds is IReadOnlyList<string> { Count: 1 } one) return string.Concat("path:", Slug(one[0])); // most paths: one hop
        var id = new System.Text.StringBuilder("path:", 64);
        var first = true;
        foreach (var t in transferIds)
        {
            if (!first) id.Append('+');
            first = false;
            id.Append(Slug(t));
        }
        return id.ToString();
    }

    private static ReadOnlySpan<char> Slug(string transferId) =>
        transferId.StartsWith("transfer:", StringComparison.Ordinal) ? transferId.AsSpan("transfer:".Length) : transferId;
}

public sealed record LineagePage(int TotalCount, IReadOnlyList<LineagePath> Nodes, bool HasNextPage, bool HasPreviousPage)
{
    public string? StartCursor => Nodes.Count > 0 ? Nodes[0].Cursor : null;
    public string? EndCursor => Nodes.Count > 0 ? Nodes[^1].Cursor : null;
}
