using GraphQL;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// What makes two GraphQL requests the same question for the response cache, and which answers may be kept. Answers
/// depend on nothing else: the data is public (no user, no authorization), and the limits are fixed while the service runs.
/// </summary>
internal static class AnswerKey
{
    /// <summary>The method (GET adds a validation rule), the media type answered, the cost header, and the request as
    /// sent — a GET's query string, a POST's body byte for byte — each with its length, so no two requests collide.
    /// Two spellings of one question are two entries; reading the request is what the cache spares.</summary>
    public static string For(RawRequest request, string? queryString, string? costHeader) => string.Concat(
        request.IsGet ? "GET\n" : "POST\n", request.Accept, "\n", Part(costHeader),
        // Latin-1 maps each byte to one character: bodies that differ in any byte (even invalid UTF-8) differ here.
        Part(request.IsGet ? queryString : System.Text.Encoding.Latin1.GetString(request.Body.Span)));

    private static string Part(string? value) => value is null ? "-\n" : $"{value.Length}:{value}\n";

    /// <summary>
    /// An answer without errors, or one whose every error will be the same for the same request and data: a request
    /// error (parse, validation, a limit, an argument) — never a transient one (deadline, cancellation, an unavailable
    /// store), nor a fault of the server.
    /// </summary>
    public static bool IsKept(ExecutionResult result) =>
        result.Errors is not { Count: > 0 } errors || errors.All(e => ErrorCodes.Find(e.Code) is { } code
            ? !code.Transient && code != ErrorCodes.Internal
            : !result.Executed);
}
