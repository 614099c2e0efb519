using System.ComponentModel.DataAnnotations;

namespace Lineage.Server.Hosting;

/// <summary>When the host imports its data folder: into an empty store only (default), at every start, or never. An
/// import is a sync: with Always the store becomes exactly the data folder at every start — what changed is written,
/// and what the folder no longer holds (also what another import added) is deleted.</summary>
public enum ImportOnStart { IfEmpty, Always, Never }

/// <summary>The host's own settings (section Lineage); each store has its own section.</summary>
public sealed class LineageOptions
{
    public const string Section = "Lineage";

    /// <summary>Which store holds the graph: sqlite (embedded, default) or neo4j.</summary>
    [Required]
    [AllowedValues(StoreSelection.Sqlite, StoreSelection.Neo4j)]
    public string Store { get; set; } = StoreSelection.Sqlite;

    /// <summary>The dataset imported when the store is empty; default: the data/ folder shipped beside the executable.</summary>
    public string? DataDirectory { get; set; }

    public ImportOnStart ImportOnStart { get; set; } = ImportOnStart.IfEmpty;

    public string ResolvedDataDirectory => string.IsNullOrWhiteSpace(DataDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "data")
        : Path.GetFullPath(DataDirectory);
}
