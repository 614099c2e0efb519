using System.Collections.Concurrent;

namespace Lineage.Core.Datasets;

/// <summary>
/// One string per distinct reference read from a dataset's files: a million hand-offs name a hundred thousand programs,
/// and each program id is then held once, not once per mention. Ids only; shared by the files
/// read side by side.
/// </summary>
internal sealed class ReferencePool
{
    private const int MaxLength = 64;
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled copy of an id (a slug such as program:p12); any other text as it is (names are not repeated).</summary>
    public string Get(string value) => value.Length <= MaxLength && LooksLikeId(value) ? _strings.GetOrAdd(value, value) : value;

    private static bool LooksLikeId(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value.AsSpan(0, colon).ContainsAnyExceptInRange('a', 'z') is false;
    }
}
