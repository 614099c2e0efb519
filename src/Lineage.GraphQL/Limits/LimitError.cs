using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Lineage.GraphQL.Errors;

namespace Lineage.GraphQL.Limits;

/// <summary>A request refused by a limit before anything ran: a request error, so its response has no data.</summary>
internal sealed class LimitError : ValidationError
{
    public LimitError(ErrorCode code, string message) : base(message) => Code = code.Code;

    public LimitError(ErrorCode code, string message, ROM document, ASTNode node) : base(document, null, message, node) => Code = code.Code;

    /// <summary>An error at a character offset of the document (the lexer knows offsets, not nodes).</summary>
    public static LimitError At(ErrorCode code, string message, string document, int offset)
    {
        var error = new LimitError(code, message);
        error.AddLocation(Location.FromLinearPosition(document, offset));
        return error;
    }
}
