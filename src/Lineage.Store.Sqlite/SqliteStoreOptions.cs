using System.ComponentModel.DataAnnotations;

namespace Lineage.Store.Sqlite;

/// <summary>Bound from configuration section Lineage:Sqlite.</summary>
public sealed class SqliteStoreOptions
{
    public const string Section = "Lineage:Sqlite";

    /// <summary>The database file; created on first use. Relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "lineage.db";

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    [Range(0, 600)]
    public int BusyTimeoutSeconds { get; set; } = 10;
}
