using GraphQL;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// What makes two GraphQL requests the same question for the response cache, and which answers may be kept. Answers
/// depend on nothing else: the data is public (no user, no authorization), and the limits are fixed while the service runs.
/// </summary>
internal static class AnswerKey
{
    /// <summary>The method (GET adds a validation rule), the media type answered, the cost header, and the request's
    /// document, operation name, variables and extensions as sent — each with its length, so no two requests collide.</summary>
    public static string For(bool isGet, string accept, GraphQLHttpRequest request, string? costHeader) => string.Concat(
        isGet ? "GET\n" : "POST\n", accept, "\n", Part(costHeader), Part(request.Query), Part(request.OperationName), Part(request.VariablesJson), Part(request.ExtensionsJson));

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
