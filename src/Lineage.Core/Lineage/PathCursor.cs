using System.Globalization;
using System.Text;

namespace Lineage.Core.Lineage;

/// <summary>
/// Where a lineage path stands in the order of DESIGN.md §3: the fiscal year the seed left the path's first program
/// (unknown last), then the seed id, then the path's transfer ids. Cursors carry this key (keyset pagination), so a page
/// boundary stays put when paths are added before it.
/// </summary>
public sealed record PathKey(int? FirstFiscalYear, string Seed, IReadOnlyList<string> Steps) : IComparable<PathKey>
{
    public int CompareTo(PathKey? other)
    {
        if (other is null) return 1;
        var c = (FirstFiscalYear ?? int.MaxValue).CompareTo(other.FirstFiscalYear ?? int.MaxValue);
        if (c != 0) return c;
        c = string.CompareOrdinal(Seed, other.Seed);
        if (c != 0) return c;
        for (var i = 0; i < Math.Min(Steps.Count, other.Steps.Count); i++)
        {
            c = string.CompareOrdinal(Steps[i], other.Steps[i]);
            if (c != 0) return c;
        }
        return Steps.Count.CompareTo(other.Steps.Count);
    }

    public static bool operator <(PathKey left, PathKey right) => left.CompareTo(right) < 0;
    public static bool operator >(PathKey left, PathKey right) => left.CompareTo(right) > 0;
    public static bool operator <=(PathKey left, PathKey right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PathKey left, PathKey right) => left.CompareTo(right) >= 0;
}

/// <summary>Opaque lineage cursors: the <see cref="PathKey"/> of the last path of a page.</summary>
public static class PathCursor
{
    private const string Prefix = "path1|";

    // Ids are slugs ([a-z0-9-] after their prefix), so '|' and ',' never occur inside one.
    public static string Encode(PathKey key)
    {
        var text = string.Concat(Prefix, key.FirstFiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "-", "|", key.Seed, "|", string.Join(',', key.Steps));
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> utf8 = max <= 512 ? stackalloc byte[max] : new byte[max];
        return Convert.ToBase64String(utf8[..Encoding.UTF8.GetBytes(text, utf8)]);
    }

    public static PathKey Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var parts = text[Prefix.Length..].Split('|');
                if (parts.Length == 3 && parts[1].Length > 0 && parts[2].Length > 0
                    && (parts[0] == "-" || int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
                    return new PathKey(parts[0] == "-" ? null : int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], parts[2].Split(','));
            }
        }
        catch (FormatException) { }
        throw new InvalidQueryException("after", $"after: '{Shorten(cursor)}' is not a lineage cursor this service issued; use pageInfo.endCursor of a previous page of the same question.");
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
