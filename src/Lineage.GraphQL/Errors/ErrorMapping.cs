using GraphQL;
using GraphQL.Execution;
using Lineage.Core.Lineage;
using Lineage.Core.Store;

namespace Lineage.GraphQL.Errors;

/// <summary>
/// The one place where exceptions a user can act on become GraphQL errors with a stable code.
/// Anything else is an internal error: logged by the host, its details never shown.
/// </summary>
internal static class ErrorMapping
{
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL_ERROR";

    public static Task Map(UnhandledExceptionContext context)
    {
        context.Exception = context.OriginalException switch
        {
            InvalidQueryException e => WithCode(new ExecutionError(e.Message), InvalidArgument, e.Argument),
            StoreUnavailableException e => WithCode(new ExecutionError(e.Message), StoreUnavailable, null),
            OperationCanceledException => WithCode(new ExecutionError("The request was cancelled or timed out."), "CANCELLED", null),
            _ => WithCode(new ExecutionError("Internal error; the server log has the details."), Internal, null),
        };
        return Task.CompletedTask;
    }

    private static ExecutionError WithCode(ExecutionError error, string code, string? argument)
    {
        error.Code = code;
        if (!string.IsNullOrEmpty(argument)) error.Data["argument"] = argument;
        return error;
    }
}
