using System.ComponentModel.DataAnnotations;

namespace Lineage.GraphQL.Limits;

/// <summary>Bounds on what one GraphQL request may ask for (Lineage:GraphQL section).</summary>
public sealed class QueryLimitsOptions
{
    public const string Section = "Lineage:GraphQL";

    /// <summary>Deepest field nesting allowed. Introspection (GraphiQL's schema query) is exempt.</summary>
    [Range(2, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score allowed (each field 1, lists multiplied by their page size).</summary>
    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 250_000;
}
