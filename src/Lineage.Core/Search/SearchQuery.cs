using Lineage.Core.Lineage;
using Lineage.Core.Model;

namespace Lineage.Core.Search;

/// <summary>
/// A name search. Japanese has no spaces between words, so matching is on characters, not words: the text (or each
/// space-separated part of it) must occur somewhere in one name of the node, after <see cref="SearchText.Normalize"/>.
/// That finds 浜松医科大学 from 浜松 and "Hamamatsu University" from "hamamatsu univ".
/// </summary>
public sealed record SearchQuery(string Text, IReadOnlyList<NodeKind>? Kinds = null, int First = SearchQuery.DefaultFirst)
{
    public const int DefaultFirst = 10;

    /// <summary>Kinds that have names worth searching (transfers and cohorts are named by id only).</summary>
    public static IReadOnlyList<NodeKind> Searchable { get; } =
        [NodeKind.Source, NodeKind.Ministry, NodeKind.Agency, NodeKind.Program, NodeKind.Region, NodeKind.Organization, NodeKind.Project, NodeKind.ClusterProject, NodeKind.Outcome];

    public string Normalized => SearchText.Normalize(Text);

    /// <summary>The space-separated parts of the normalized text; each must occur in the same name.</summary>
    public IReadOnlyList<string> Terms => Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public SearchQuery Validated()
    {
        if (Normalized.Length == 0)
            throw new InvalidQueryException("text", "text must contain at least one character that is not a space.");
        if (Text.Length > 200)
            throw new InvalidQueryException("text", $"text must be at most 200 characters (got {Text.Length}).");
        if (First < 1 || First > LineageQuery.MaxPageSize)
            throw new InvalidQueryException("first", $"first must be between 1 and {LineageQuery.MaxPageSize} (got {First}).");
        var unsearchable = (Kinds ?? []).Where(k => !Searchable.Contains(k)).ToList();
        if (unsearchable.Count > 0)
            throw new InvalidQueryException("kinds", $"{string.Join(", ", unsearchable)} cannot be searched by name; search one of {string.Join(", ", Searchable)}.");
        return this;
    }
}

/// <summary>How well a node's name matched, best first.</summary>
public enum SearchMatch
{
    /// <summary>A name equals the text.</summary>
    Exact = 0,
    /// <summary>A name starts with the text.</summary>
    Prefix = 1,
    /// <summary>A name contains the text.</summary>
    Substring = 2,
    /// <summary>A name contains every space-separated part of the text, in any order.</summary>
    AllTerms = 3,
}

/// <summary>A node that matched, how, and the name (normalized) it matched on.</summary>
public sealed record SearchHit(INode Node, SearchMatch Match, string MatchedName);
