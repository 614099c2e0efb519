namespace Lineage.GraphQL.Errors;

/// <summary>
/// A stable error code: the <c>extensions.code</c> of a GraphQL error, the HTTP status a response carrying it alone
/// gets under <c>application/graphql-response+json</c>, and whether the same request may succeed when sent again.
/// </summary>
public sealed record ErrorCode(string Code, int HttpStatus, bool Transient, string Meaning);

/// <summary>Every error code the service answers with, in one place; code elsewhere refers to these fields.</summary>
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
        "The query's estimated cost exceeds Lineage:GraphQL:MaxComplexity.");

    // The request ran (or began to) and was stopped.
    public static readonly ErrorCode DeadlineExceeded = new("DEADLINE_EXCEEDED", 504, true,
        "The request took longer than Lineage:GraphQL:RequestTimeout and was stopped.");
    public static readonly ErrorCode Internal = new("INTERNAL_ERROR", 500, true,
        "A fault of the server; the server log has the details, the response has none.");

    public static IReadOnlyList<ErrorCode> All { get; } =
    [
        BadRequest, InvalidEncoding, RequestTooLarge, MethodNotAllowed, NotAcceptable, UnsupportedMediaType, UnsupportedOperation,
        DocumentTooLarge, MaxTokens, MaxDepth, MaxIntrospectionDepth, MaxFields, MaxAliases, MaxRepeatedFields, MaxComplexity,
        DeadlineExceeded, Internal,
    ];
}
