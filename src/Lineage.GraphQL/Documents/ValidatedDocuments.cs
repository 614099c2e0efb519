using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Lineage.GraphQL.Documents;

/// <summary>
/// Documents that were parsed and passed validation, by their text, so the same document sent again is neither parsed
/// nor validated again (validation was half of a small query's time). What depends on the request still runs every time:
/// the limits and cost (<see cref="Limits.RequestGate"/>, which reads the variables), the coercion of variables, and
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (GET's queries-only rule). No answer is kept here — that is
/// the response cache's — so this stays on with Lineage:Cache:Enabled=false. Bounded by count and by characters; when
/// full it starts over.
/// </summary>
internal sealed class ValidatedDocuments : IConfigureExecution
{
    public const int MaxDocuments = 1_000;
    public const long MaxCharacters = 4_000_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private long _characters;

    /// <summary>Before the request gate, so a known document skips its parse as well.</summary>
    public float SortOrder => -100;

    // Not async itself: a known document goes straight on, without a state machine of its own on every request.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query) return next(options);
        if (_documents.TryGetValue(query, out var known))
        {
            options.Document = known;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return next(options);
        }
        return ExecuteAndKeepAsync(query, options, next);
    }

    private async Task<ExecutionResult> ExecuteAndKeepAsync(string query, ExecutionOptions options, ExecutionDelegate next)
    {
        var result = await next(options);
        // Executed: the document passed every validation rule (and the gate's limits) and ran.
        if (result.Executed && result.Document is { } document) Keep(query, document);
        return result;
    }

    private void Keep(string query, GraphQLDocument document)
    {
        if (_documents.Count >= MaxDocuments || Interlocked.Add(ref _characters, query.Length) > MaxCharacters)
        {
            _documents.Clear();
            Interlocked.Exchange(ref _characters, query.Length);
        }
        _documents.TryAdd(query, document);
    }
}
