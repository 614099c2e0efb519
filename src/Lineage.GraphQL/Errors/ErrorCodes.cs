namespace Lineage.GraphQL.Errors;

/// <summary>
/// One error code a response can carry in <c>extensions.code</c>: the HTTP status a response carrying it alone gets
/// under <c>application/graphql-response+json</c>, whether the same request may succeed when sent again (transient),
/// and what it means to the user.
/// </summary>
public sealed record ErrorCode(string Code, int HttpStatus, bool Transient, string Meaning);

/// <summary>
/// The catalogue of every code the service gives, in one place: <see cref="ErrorMapping"/> maps exceptions to them,
/// the HTTP layer takes statuses from them, and README lists them. Codes are stable: clients switch on them.
/// </summary>
public static class ErrorCodes
{
    // The request is not a GraphQL request.
    public static readonly ErrorCode BadRequest = new("BAD_REQUEST", 400, false,
        "The HTTP request is not a GraphQL request: the body is not JSON, or `query`, `operationName`, `variables` or `extensions` is missing or of the wrong type.");
    public static readonly ErrorCode InvalidEncoding = new("INVALID_ENCODING", 400, false,
        "The request is not Unicode text: an invalid UTF-8 byte, a lone surrogate escape such as \\ud800, or U+FFFE/U+FFFF, in the body, a query parameter or a GraphQL string.");
    public static readonly ErrorCode RequestTooLarge = new("REQUEST_TOO_LARGE", 413, false,
        "The request body is larger than Lineage:GraphQL:MaxRequestBytes.");
    public static readonly ErrorCode MethodNotAllowed = new("METHOD_NOT_ALLOWED", 405, false,
        "GET only runs queries; a mutation or subscription must be sent with POST.");
    public static readonly ErrorCode NotAcceptable = new("NOT_ACCEPTABLE", 406, false,
        "The Accept header names neither application/graphql-response+json nor application/json.");
    public static readonly ErrorCode UnsupportedMediaType = new("UNSUPPORTED_MEDIA_TYPE", 415, false,
        "POST takes Content-Type: application/json (UTF-8).");
    public static readonly ErrorCode UnsupportedOperation = new("UNSUPPORTED_OPERATION", 400, false,
        "The API is read-only: it answers queries; it has no mutations and no subscriptions.");

    // The request is GraphQL, but bigger or costlier than the limits allow (Lineage:GraphQL:*); nothing ran.
    public static readonly ErrorCode DocumentTooLarge = new("DOCUMENT_TOO_LARGE", 400, false,
        "The GraphQL document is longer than Lineage:GraphQL:MaxDocumentLength characters.");
    public static readonly ErrorCode MaxTokens = new("MAX_TOKENS", 400, false,
        "The GraphQL document has more tokens than Lineage:GraphQL:MaxTokens.");
    public static readonly ErrorCode MaxDepth = new("MAX_DEPTH", 400, false,
        "Fields, input values or lists are nested deeper than allowed (Lineage:GraphQL:MaxDepth, or the parser's nesting limit).");
    public static readonly ErrorCode MaxIntrospectionDepth = new("MAX_INTROSPECTION_DEPTH", 400, false,
        "Introspection nests the lists fields, inputFields, interfaces and possibleTypes three or more deep.");
    public static readonly ErrorCode MaxFields = new("MAX_FIELDS", 400, false,
        "The query selects more fields than Lineage:GraphQL:MaxFields once its fragments are expanded.");
    public static readonly ErrorCode MaxAliases = new("MAX_ALIASES", 400, false,
        "The query uses more aliases than Lineage:GraphQL:MaxAliases.");
    public static readonly ErrorCode MaxRepeatedFields = new("MAX_REPEATED_FIELDS", 400, false,
        "One selection set asks for the same response name more often than Lineage:GraphQL:MaxRepeatedFields.");
    public static readonly ErrorCode MaxComplexity = new("MAX_COMPLEXITY", 400, false,
        "The query's estimated cost exceeds Lineage:GraphQL:MaxComplexity; ask for smaller pages.");

    // The question cannot be answered as given.
    public static readonly ErrorCode InvalidArgument = new("INVALID_ARGUMENT", 400, false,
        "An argument cannot be answered as given (out of range, an id that is not in the graph, reversed years); extensions.argument names it.");

    // The request ran (or began to) and was stopped, or could not be served.
    public static readonly ErrorCode DeadlineExceeded = new("DEADLINE_EXCEEDED", 504, true,
        "The request took longer than Lineage:GraphQL:RequestTimeout and was stopped.");
    public static readonly ErrorCode Cancelled = new("CANCELLED", 499, true,
        "The request was cancelled: the client went away.");
    public static readonly ErrorCode StoreUnavailable = new("STORE_UNAVAILABLE", 503, true,
        "The store cannot be reached right now; try again shortly (/readyz says why).");
    public static readonly ErrorCode NotSupported = new("NOT_SUPPORTED", 501, false,
        "The configured store does not offer this field; another store (Lineage:Store) does.");
    public static readonly ErrorCode Internal = new("INTERNAL_ERROR", 500, false,
        "A fault of the server (a bug); the server log has the details, the response has none.");

    public static IReadOnlyList<ErrorCode> All { get; } =
    [
        BadRequest, InvalidEncoding, RequestTooLarge, MethodNotAllowed, NotAcceptable, UnsupportedMediaType, UnsupportedOperation,
        DocumentTooLarge, MaxTokens, MaxDepth, MaxIntrospectionDepth, MaxFields, MaxAliases, MaxRepeatedFields, MaxComplexity,
        InvalidArgument, DeadlineExceeded, Cancelled, StoreUnavailable, NotSupported, Internal,
    ];

    /// <summary>The entry for a code a response carries; null for codes of GraphQL.NET's own validation rules.</summary>
    public static ErrorCode? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
