using System.Collections.Concurrent;

namespace Lineage.Store.Sqlite.Sql;

/// <summary>The store's SQL lives in .sql files embedded in the assembly, read once.</summary>
internal static class SqlText
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(SqlText).Assembly.GetManifestResourceStream($"Lineage.Store.Sqlite.Sql.{n}")
            ?? throw new InvalidOperationException($"Embedded SQL '{n}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
