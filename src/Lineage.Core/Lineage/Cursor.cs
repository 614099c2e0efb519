using System.Text;

namespace Lineage.Core.Lineage;

/// <summary>
/// Opaque cursors of node pages (lineage paths have their own, <see cref="PathCursor"/>). A cursor carries the sort key of the last item seen (keyset pagination), so a
/// page boundary stays put even when items are added before it.
/// </summary>
public static class Cursor
{
    private const string Prefix = "v1:";

    public static string Encode(string sortKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + sortKey));

    public static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)) return text[Prefix.Length..];
        }
        catch (FormatException) { }
        throw new InvalidQueryException("after", $"after: '{cursor}' is not a cursor this service issued; use pageInfo.endCursor from a previous page.");
    }
}
