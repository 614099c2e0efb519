using GraphQL;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>The HTTP status of a GraphQL result, after the GraphQL-over-HTTP spec.</summary>
internal static class ResponseStatus
{
    public static int For(ExecutionResult result, string mediaType, bool isGet)
    {
        // Something ran (or only the cost was asked for): a GraphQL response, whatever errors it holds.
        if (result.Executed || result.Errors is not { Count: > 0 } errors) return StatusCodes.Status200OK;
        // GET must not run anything but a query: the spec's 405, whether or not the schema has the operation type.
        if (isGet && errors.Any(e => e.Code == ErrorCodes.MethodNotAllowed.Code || e.Code == ErrorCodes.UnsupportedOperation.Code))
            return StatusCodes.Status405MethodNotAllowed;
        var status = ErrorCodes.All.FirstOrDefault(c => c.Code == errors[0].Code)?.HttpStatus ?? StatusCodes.Status400BadRequest;
        // A request error (parse, validation, a limit) of a well-formed request: 400 under graphql-response+json; the
        // legacy application/json keeps 200. Other statuses (a deadline's 504) are the same under both.
        return status == StatusCodes.Status400BadRequest && mediaType == MediaTypes.Json ? StatusCodes.Status200OK : status;
    }
}
