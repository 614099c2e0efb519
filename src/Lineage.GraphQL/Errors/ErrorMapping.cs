using GraphQL;
using GraphQL.Execution;
using Lineage.Core.Lineage;
using Lineage.Core.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lineage.GraphQL.Errors;

/// <summary>
/// The one place where exceptions a user can act on become GraphQL errors with a stable code.
/// Anything else is an internal error: logged by the host, its details never shown.
/// </summary>
internal static partial class ErrorMapping
{
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL_ERROR";

    public static Task Map(UnhandledExceptionContext context)
    {
        if (context.OriginalException is not (InvalidQueryException or StoreUnavailableException or OperationCanceledException))
        {
            var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Lineage.GraphQL");
            if (logger is not null) LogUnhandled(logger, context.OriginalException, string.Join('.', context.FieldContext?.Path ?? []));
        }
        context.Exception = context.OriginalException switch
        {
            InvalidQueryException e => WithCode(new ExecutionError(e.Message), InvalidArgument, e.Argument),
            StoreUnavailableException e => WithCode(new ExecutionError(e.Message), StoreUnavailable, null),
            OperationCanceledException => WithCode(new ExecutionError("The request was cancelled or timed out."), "CANCELLED", null),
            _ => WithCode(new ExecutionError("Internal error; the server log has the details."), Internal, null),
        };
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while resolving {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);

    private static ExecutionError WithCode(ExecutionError error, string code, string? argument)
    {
        error.Code = code;
        if (!string.IsNullOrEmpty(argument)) error.Data["argument"] = argument;
        return error;
    }
}
