using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j.Tests.Fakes;

/// <summary>Statement text → the cypher/ file it came from (schema.cypher's statements included).</summary>
public static class StatementFiles
{
    private static readonly Dictionary<string, CypherStatement> ByText = CypherFiles.Names
        .SelectMany(name => name == "schema.cypher" ? CypherFiles.GetAll(name) : [CypherFiles.Get(name)])
        .ToDictionary(s => s.Text, s => s, StringComparer.Ordinal);

    public static string? FileOf(string text) => ByText.TryGetValue(text, out var s) ? s.File : null;

    public static CypherStatement? StatementOf(string text) => ByText.GetValueOrDefault(text);
}
