using GraphQLParser;
using GraphQLParser.Exceptions;
using Lineage.GraphQL.Errors;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// The checks on the document's text, before it is parsed: its length, its number of tokens, and its strings being
/// Unicode text (<see cref="UnicodeText"/>; GraphQL-Parser accepts an escaped lone surrogate such as <c>"\ud800"</c>).
/// One pass of the lexer, stopped at the first token over the limit, so a huge document costs no more than a small one.
/// </summary>
internal static class DocumentScan
{
    public static LimitError? Check(string document, QueryLimitsOptions limits, CancellationToken cancellationToken)
    {
        if (document.Length > limits.MaxDocumentLength)
            return new LimitError(ErrorCodes.DocumentTooLarge,
                $"The GraphQL document is {document.Length} characters long; the limit is {limits.MaxDocumentLength} (Lineage:GraphQL:MaxDocumentLength).");

        var tokens = 0;
        var position = 0;
        while (true)
        {
            if ((tokens & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            Token token;
            try
            {
                token = Lexer.Lex(document, position);
            }
            catch (GraphQLParserException)
            {
                return null; // a syntax error: the parser reports it, with its location
            }
            if (token.Kind == TokenKind.EOF) return null;
            position = token.End;
            if (token.Kind == TokenKind.COMMENT) continue;
            if (++tokens > limits.MaxTokens)
                return LimitError.At(ErrorCodes.MaxTokens,
                    $"The GraphQL document has more than {limits.MaxTokens} tokens (Lineage:GraphQL:MaxTokens).", document, token.Start);
            if (token.Kind == TokenKind.STRING && UnicodeText.Problem(token.Value.Span) is { } problem)
                return LimitError.At(ErrorCodes.InvalidEncoding, $"A string in the document contains {problem}: it is not Unicode text.", document, token.Start);
        }
    }

}
