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
        var nfkc = Nfkc(text).ToLowerInvariant();
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

    // .NET refuses to normalize text holding a lone surrogate or a noncharacter (U+FFFE): such a character can match
    // nothing anyway, so it becomes U+FFFD and the rest is normalized as usual — search text is the user's, never a 500.
    private static string Nfkc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
                sb.Append(char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
            return sb.ToString().Normalize(NormalizationForm.FormKC);
        }
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
