using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Lineage.Store.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store runs, read from the files of <c>cypher/</c> embedded in this assembly. The store
/// never builds a statement from user input: values travel as parameters, and the text is what was reviewed and linted.
/// </summary>
public static partial class CypherFiles
{
    private const string ResourcePrefix = "Lineage.Cypher.";

    private static readonly FrozenDictionary<string, string> Texts = typeof(CypherFiles).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[ResourcePrefix.Length..], ReadResource, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Texts.Keys;

    public static CypherStatement Get(string file)
    {
        if (!Texts.TryGetValue(file, out var text))
            throw new InvalidOperationException($"Cypher file '{file}' is not embedded in {typeof(CypherFiles).Assembly.GetName().Name}; is it in cypher/?");
        return new CypherStatement(file, text, DeclaredParameters(text));
    }

    /// <summary>A file of several statements (schema.cypher), split at semicolons that end a line; comments dropped.</summary>
    public static IReadOnlyList<CypherStatement> GetAll(string file)
    {
        var code = string.Join('\n', Get(file).Text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return StatementEnd().Split(code)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => new CypherStatement(file, s, DeclaredParameters(s)))
            .ToList();
    }

    private static System.Collections.Frozen.FrozenSet<string> DeclaredParameters(string text) =>
        ParamLine().Matches(text).Select(m => m.Groups[1].Value).ToFrozenSet(StringComparer.Ordinal);

    private static string ReadResource(string name)
    {
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        // Line endings as in the repository, whatever the checkout did to them.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s*//\s*@param\s+\$?([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@";\s*(?:\n|$)")]
    private static partial Regex StatementEnd();
}
