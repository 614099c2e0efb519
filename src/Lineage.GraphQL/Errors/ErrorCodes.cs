namespace Lineage.GraphQL.Errors;

/// <summary>
/// One error code a response can carry in <c>extensions.code</c>: the HTTP status it stands for when it is the whole
/// answer, whether trying again later can help (transient), and what it means to the user.
/// </summary>
public sealed record ErrorCode(string Code, int HttpStatus, bool Transient, string Meaning);

/// <summary>
/// The catalogue of every code the service gives, in one place: <see cref="ErrorMapping"/> maps exceptions to them,
/// the HTTP layer takes statuses from them, and README lists them. Codes are stable: clients switch on them.
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode InvalidArgument = new("INVALID_ARGUMENT", 400, false,
        "An argument cannot be answered as given (out of range, an unknown id, reversed years); extensions.argument names it.");

    public static readonly ErrorCode BadRequest = new("BAD_REQUEST", 400, false,
        "The HTTP request is not a GraphQL request: not JSON, no query, wrong content type.");

    public static readonly ErrorCode MethodNotAllowed = new("METHOD_NOT_ALLOWED", 405, false,
        "A mutation over GET; use POST.");

    public static readonly ErrorCode MaxDepth = new("MAX_DEPTH", 400, false,
        "The query nests deeper than Lineage:GraphQL:MaxDepth.");

    public static readonly ErrorCode MaxComplexity = new("MAX_COMPLEXITY", 400, false,
        "The query would cost more than Lineage:GraphQL:MaxComplexity; ask for smaller pages.");

    public static readonly ErrorCode StoreUnavailable = new("STORE_UNAVAILABLE", 503, true,
        "The store cannot be reached right now; try again shortly (/readyz says why).");

    public static readonly ErrorCode NotSupported = new("NOT_SUPPORTED", 501, false,
        "The configured store does not offer this field; another store (Lineage:Store) does.");

    public static readonly ErrorCode Cancelled = new("CANCELLED", 499, true,
        "The request was cancelled (the client went away) or ran out of time.");

    public static readonly ErrorCode Internal = new("INTERNAL_ERROR", 500, false,
        "A bug: the server log has the details, the response has none.");

    public static IReadOnlyList<ErrorCode> All { get; } =
        [InvalidArgument, BadRequest, MethodNotAllowed, MaxDepth, MaxComplexity, StoreUnavailable, NotSupported, Cancelled, Internal];

    /// <summary>The entry for a code a response carries; null for codes of GraphQL.NET's own validation rules.</summary>
    public static ErrorCode? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
