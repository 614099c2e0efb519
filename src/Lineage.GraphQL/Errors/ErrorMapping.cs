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
    public static Task Map(UnhandledExceptionContext context)
    {
        if (context.OriginalException is not (InvalidQueryException or StoreUnavailableException or CapabilityMissingException or OperationCanceledException))
        {
            var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Lineage.GraphQL");
            if (logger is not null) LogUnhandled(logger, context.OriginalException, string.Join('.', context.FieldContext?.Path ?? []));
        }
        context.Exception = context.OriginalException switch
        {
            InvalidQueryException e => WithCode(new ExecutionError(e.Message), ErrorCodes.InvalidArgument, e.Argument),
            StoreUnavailableException e => WithCode(new ExecutionError(e.Message), ErrorCodes.StoreUnavailable, null),
            CapabilityMissingException e => WithCode(new ExecutionError(e.Message), ErrorCodes.NotSupported, null),
            OperationCanceledException => WithCode(new ExecutionError("The request was cancelled or timed out."), ErrorCodes.Cancelled, null),
            _ => WithCode(new ExecutionError("Internal error; the server log has the details."), ErrorCodes.Internal, null),
        };
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while resolving {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);

    private static ExecutionError WithCode(ExecutionError error, ErrorCode code, string? argument)
    {
        error.Code = code.Code;
        // Shown as extensions.argument by ArgumentErrorInfoProvider.
        if (!string.IsNullOrEmpty(argument)) error.Data[ArgumentErrorInfoProvider.ArgumentKey] = argument;
        return error;
    }
}
