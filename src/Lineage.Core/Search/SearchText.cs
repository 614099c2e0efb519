using System.Text;

namespace Lineage.Core.Search;

/// <summary>
/// The one normalization of names and search text, so every store matches the same way: Unicode NFKC (full-width
/// ＡＢＣ and half-width ｶﾅ become ABC and カナ, Ⅰ becomes I), lower case, runs of white space as one space.
/// </summary>
public static class SearchText
{
    public static string Normalize(string text)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var sb = new StringBuilder(nfkc.Length);
        var space = false;
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The names a node is found by: Japanese, English, and a ministry's or agency's code (MEXT, JST).</summary>
    public static IEnumerable<string> NamesOf(Model.INode node)
    {
        IEnumerable<string?> names = node switch
        {
            Model.Ministry m => [node.Name.Ja, node.Name.En, m.Code.ToString()],
            Model.Agency a => [node.Name.Ja, node.Name.En, a.Code],
            _ => [node.Name.Ja, node.Name.En],
        };
        return names.OfType<string>().Select(Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);
    }

}
