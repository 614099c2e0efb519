using System.Collections.Concurrent;

namespace Lineage.Core.Datasets;

/// <summary>
/// One string per distinct reference read from a dataset's files: a million hand-offs name a hundred thousand programs,
/// and each program id is then held once, not once per mention. Ids only; shared by the files
/// read side by side.
/// </summary>
internal sealed class ReferencePool
{
    public const int MaxLength = 64;
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public ReferencePool() => _byText = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled copy of an id (a slug such as program:p12); any other text as it is (names are not repeated).</summary>
    public string Get(string value) => value.Length <= MaxLength && LooksLikeId(value) ? _strings.GetOrAdd(value, value) : value;

    /// <summary>The same for text not yet made a string: no string is made for an id seen before.</summary>
    public string Get(ReadOnlySpan<char> value) =>
        _byText.TryGetValue(value, out var pooled) ? pooled : Get(value.ToString());

    private static bool LooksLikeId(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && value.AsSpan(0, colon).ContainsAnyExceptInRange('a', 'z') is false;
    }
}
