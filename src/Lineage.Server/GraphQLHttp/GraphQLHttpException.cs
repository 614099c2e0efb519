using Lineage.GraphQL.Errors;

namespace Lineage.Server.GraphQLHttp;

/// <summary>The HTTP request is not a GraphQL request the endpoint can read; answered with the code's status, whatever the Accept header.</summary>
internal sealed class GraphQLHttpException(ErrorCode code, string message) : Exception(message)
{
    public ErrorCode Code { get; } = code;
}
