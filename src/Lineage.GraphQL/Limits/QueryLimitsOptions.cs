using System.ComponentModel.DataAnnotations;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// Bounds on what one GraphQL request may cost (Lineage:GraphQL section), checked before anything runs so that a
/// request's work grows with its size and no faster. README's configuration table says what each one means.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string Section = "Lineage:GraphQL";

    /// <summary>Largest POST body, in bytes (query, variables and extensions together).</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest GraphQL document, in characters.</summary>
    [Range(64, 10_000_000)]
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Most lexical tokens (names, punctuation, values) in a document; comments are not counted.</summary>
    [Range(16, 10_000_000)]
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Deepest field nesting, introspection included (a chain of <c>ofType</c> counts once).</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most field selections once every fragment spread is expanded where it is used.</summary>
    [Range(10, 10_000_000)]
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased fields (after fragment expansion).</summary>
    [Range(0, 1_000_000)]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most fields of one response name merged into one selection set (what field-merge validation compares pairwise).</summary>
    [Range(1, 10_000)]
    public int MaxRepeatedFields { get; set; } = 20;

    /// <summary>Highest estimated cost (CostModel: objects returned, with lists sized by first, maxHops and assumed sizes).</summary>
    [Range(10, 100_000_000)]
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>How long one request may take, from reading its body to writing its answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
