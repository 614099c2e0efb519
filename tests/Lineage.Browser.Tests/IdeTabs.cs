using System.Text.RegularExpressions;
using Lineage.Tests;

namespace Lineage.Browser.Tests;

/// <summary>The IDE's opening tabs, read from their source files (src/Lineage.Web/src/tabs), in the order the IDE opens them.</summary>
internal static partial class IdeTabs
{
    public static string Directory => Path.Combine(RepoPaths.Root, "src", "Lineage.Web", "src", "tabs");

    public static IReadOnlyList<(string File, string Query, string? Variables, string OperationName)> All { get; } = Load();

    private static List<(string, string, string?, string)> Load() =>
        System.IO.Directory.GetFiles(Directory, "*.graphql")
            .Order(StringComparer.Ordinal)
            .Select(file =>
            {
                var query = File.ReadAllText(file);
                var variablesFile = Path.ChangeExtension(file, ".variables.json");
                var variables = File.Exists(variablesFile) ? File.ReadAllText(variablesFile) : null;
                var name = OperationName().Match(query);
                if (!name.Success) throw new InvalidDataException($"{file}: every tab is a named query (the name is the tab's title).");
                return (Path.GetFileName(file), query, variables, name.Groups[1].Value);
            })
            .ToList();

    [GeneratedRegex(@"^\s*query\s+([_A-Za-z][_0-9A-Za-z]*)", RegexOptions.Multiline)]
    private static partial Regex OperationName();
}
