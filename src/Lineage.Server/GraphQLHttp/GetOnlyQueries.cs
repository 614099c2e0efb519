using GraphQL.Validation;
using GraphQLParser.AST;
using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>GET must not change anything (GraphQL over HTTP): a mutation over GET is refused with 405.</summary>
internal sealed class GetOnlyQueries : ValidationRuleBase, Lineage.GraphQL.Documents.IDocumentOnlyRule
{
    public static readonly GetOnlyQueries Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(
        new MatchingNodeVisitor<GraphQLOperationDefinition>((op, ctx) =>
        {
            if (op == ctx.Operation && op.Operation != OperationType.Query)
                ctx.ReportError(new ValidationError(ctx.Document.Source, "5.0", $"A {op.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.", op) { Code = ErrorCodes.MethodNotAllowed.Code });
        }));
}
