using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// Depth and complexity checks. GraphQL.NET's own MaxDepth would also reject GraphiQL's introspection
/// query (depth ~15), so the limits are applied here, where an introspection-only operation can be let through.
/// </summary>
internal static class QueryLimits
{
    public static void Configure(ComplexityOptions complexity, QueryLimitsOptions limits)
    {
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        complexity.ValidateComplexityDelegate = context =>
        {
            if (IsIntrospectionOnly(context.ValidationContext.Operation)) return Task.CompletedTask;
            if (context.MaxDepth > limits.MaxDepth)
                context.Error = new LimitError("MAX_DEPTH",
                    $"Query is too deep: depth {context.MaxDepth} exceeds the limit of {limits.MaxDepth} (Lineage:GraphQL:MaxDepth).");
            else if (context.TotalImpact > limits.MaxComplexity)
                context.Error = new LimitError("MAX_COMPLEXITY",
                    $"Query is too complex: complexity {context.TotalImpact:0} exceeds the limit of {limits.MaxComplexity} (Lineage:GraphQL:MaxComplexity). Ask for smaller pages or fewer nested lists.");
            return Task.CompletedTask;
        };
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.Value.Span.StartsWith("__".AsSpan(), StringComparison.Ordinal));

    private sealed class LimitError : ValidationError
    {
        public LimitError(string code, string message) : base(message) => Code = code;
    }
}
