using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Lineage.GraphQL.Documents;

/// <summary>
/// A rule whose verdict depends on the document and the operation chosen alone — not on variables, extensions or who
/// asks — so that a known document's validation may be kept (<see cref="KeptValidations"/>).
/// </summary>
public interface IDocumentOnlyRule : IValidationRule;

/// <summary>
/// The validation of a known document's operation that has no variables, kept with the document. GraphQL.NET parses
/// every field's arguments as it validates, on every request, even when no rule is left to run (a document known to
/// <see cref="ValidatedDocuments"/>); that was a seventh of the headline query's time. Without variables, the arguments
/// parsed — and so the whole result — are the same every time. An operation with variables is validated as before.
/// </summary>
internal sealed class KeptValidations(IDocumentValidator inner) : IDocumentValidator
{
    /// <summary>Per document (and gone with it): per operation and rule set, a result that passed.</summary>
    private readonly ConditionalWeakTable<GraphQLDocument, ConcurrentDictionary<(GraphQLOperationDefinition, string), IValidationResult>> _kept = [];

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (options.Operation is not { Variables: null or { Count: 0 } } operation || RuleSet(options.Rules) is not { } rules)
            return inner.ValidateAsync(options);
        var kept = _kept.GetOrCreateValue(options.Document);
        return kept.TryGetValue((operation, rules), out var result) ? Task.FromResult(result) : ValidateAndKeepAsync(options, kept, (operation, rules));
    }

    private async Task<IValidationResult> ValidateAndKeepAsync(ValidationOptions options, ConcurrentDictionary<(GraphQLOperationDefinition, string), IValidationResult> kept,
        (GraphQLOperationDefinition, string) key)
    {
        var result = await inner.ValidateAsync(options);
        if (result.IsValid) kept.TryAdd(key, result);
        return result;
    }

    /// <summary>The rules' names, when every rule is document-only (none at all, for a known document sent by POST).</summary>
    private static string? RuleSet(IEnumerable<IValidationRule>? rules)
    {
        if (rules is null) return null; // GraphQL.NET's core rules: only a document seen for the first time runs them
        var names = "";
        foreach (var rule in rules)
        {
            if (rule is not IDocumentOnlyRule) return null;
            names += rule.GetType().FullName + ";";
        }
        return names;
    }
}
