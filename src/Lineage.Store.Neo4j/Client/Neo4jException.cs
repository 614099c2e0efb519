using System.Net;

namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// Neo4j refused a request: <see cref="Code"/> is Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>, …),
/// or <c>HTTP.&lt;status&gt;</c> when the server sent no Neo4j error. Failures that are not the caller's
/// (unreachable, transient, refused credentials) reach callers as Core's StoreUnavailableException with this as inner.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, HttpStatusCode? status = null)
        : base($"{code}: {message}")
    {
        Code = code;
        ServerMessage = message;
        Status = status;
    }

    public Neo4jException() : this("Neo.Unknown", "Neo4j reported an error.") { }
    public Neo4jException(string message) : this("Neo.Unknown", message) { }
    public Neo4jException(string message, Exception inner) : base(message, inner) { Code = "Neo.Unknown"; ServerMessage = message; }

    public string Code { get; }
    public string ServerMessage { get; }
    public HttpStatusCode? Status { get; }

    /// <summary>Neo4j says trying again may succeed (deadlock, leader switch, database starting).</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    public bool IsSecurityError =>
        Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
