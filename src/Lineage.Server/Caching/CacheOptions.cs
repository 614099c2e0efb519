using System.ComponentModel.DataAnnotations;

namespace Lineage.Server.Caching;

/// <summary>
/// Section Lineage:Cache: the response cache of GraphQL answers and widget pictures, kept per data version of the
/// store. Off, every request is answered by the engine and the store (for benchmarking them).
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Lineage:Cache";

    /// <summary>Whether answers are kept and served again until the next committed import changes the data version.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most bytes of answers (and their keys) the cache holds; past it the least recently used are evicted.</summary>
    [Range(0, int.MaxValue)]
    public int MaxBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Largest single answer kept, in bytes; a larger one is answered but not kept.</summary>
    [Range(0, int.MaxValue)]
    public int MaxEntryBytes { get; set; } = 1024 * 1024;
}
