using System.Collections.Concurrent;
using System.Text;

namespace Lineage.Store.Sqlite.Sql;

/// <summary>
/// The store's SQL lives in .sql files embedded in the assembly, read once. A line <c>-- include: name.sql</c> is
/// replaced by that file, so the selector CTEs are written once for every statement that needs them.
/// </summary>
internal static class SqlText
{
    private const string IncludeMarker = "-- include:";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, static n => Expand(n, []));

    private static string Expand(string name, HashSet<string> including)
    {
        if (!including.Add(name))
            throw new InvalidOperationException($"Embedded SQL '{name}' includes itself (through {string.Join(" → ", including)}).");
        var text = new StringBuilder();
        foreach (var line in Read(name).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith(IncludeMarker, StringComparison.Ordinal))
                text.Append(Expand(trimmed[IncludeMarker.Length..].Trim(), including));
            else
                text.Append(line).Append('\n');
        }
        including.Remove(name);
        return text.ToString();
    }

    private static string Read(string name)
    {
        using var stream = typeof(SqlText).Assembly.GetManifestResourceStream($"Lineage.Store.Sqlite.Sql.{name}")
            ?? throw new InvalidOperationException($"Embedded SQL '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
