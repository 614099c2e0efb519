namespace Lineage.Store.Neo4j.Cypher;

/// <summary>
/// One statement from <c>cypher/</c>: its file, its text as sent, and the parameters its header declares
/// (<c>// @param name TYPE …</c>), which the lint checks against the text and the tests against what the store sends.
/// </summary>
public sealed record CypherStatement(string File, string Text, IReadOnlySet<string> Parameters);
