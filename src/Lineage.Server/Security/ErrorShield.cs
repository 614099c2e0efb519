using System.Text.Json;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.Security;

/// <summary>
/// The last resort: an exception no endpoint handled becomes a short answer with a stable code — never the
/// developer exception page, a stack trace or a file path, in any environment. Kestrel's own refusals
/// (<see cref="BadHttpRequestException"/>: a body over its limit, a malformed request) keep their status. The details
/// go to the log.
/// </summary>
internal sealed partial class ErrorShield(RequestDelegate next, ILogger<ErrorShield> logger)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; there is nobody to answer.
        }
        catch (BadHttpRequestException e)
        {
            var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.RequestTooLarge : ErrorCodes.BadRequest;
            await WriteAsync(http, e.StatusCode, code, e.Message);
        }
        catch (Exception e)
        {
            LogUnhandled(logger, e, http.Request.Method, http.Request.Path);
            await WriteAsync(http, ErrorCodes.Internal.HttpStatus, ErrorCodes.Internal, "Internal error; the server log has the details.");
        }
    }

    private static async Task WriteAsync(HttpContext http, int status, ErrorCode code, string message)
    {
        if (http.Response.HasStarted)
        {
            http.Abort(); // half an answer must not look like a whole one
            return;
        }
        http.Response.Clear();
        http.Response.StatusCode = status;
        if (http.Request.Path.StartsWithSegments("/graphql"))
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body,
                new { errors = new[] { new { message, extensions = new { code = code.Code } } } }, cancellationToken: http.RequestAborted);
        }
        else
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"{message} ({code.Code})", http.RequestAborted);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error answering {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
