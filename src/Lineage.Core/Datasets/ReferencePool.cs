namespace Lineage.Core.Datasets;

/// <summary>
/// One string per id of a dataset, whichever node names it: a million hand-offs name a hundred thousand programs, and
/// each program id is then held once, not once per mention. The strings are the dataset's <see cref="KnownIds"/>,
/// read before any node and only read after, so the files read side by side share it without a lock.
/// </summary>
internal sealed class ReferencePool(KnownIds known)
{
    /// <summary>Ids longer than this are looked up from their string (no id of a real dataset is near it).</summary>
    public const int MaxLength = 64;

    /// <summary>The dataset's string of an id; any other text as it is.</summary>
    public string Get(string value) => value.Length <= MaxLength && known.TryGetId(value, out var id) ? id : value;

    /// <summary>The same for text not yet made a string: no string is made for a known id.</summary>
    public string Get(ReadOnlySpan<char> value) => known.TryGetId(value, out var id) ? id : value.ToString();
}
