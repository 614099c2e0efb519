using System.Globalization;

namespace Lineage.Rendering.Text;

/// <summary>
/// Wraps text into lines no wider than a width, by the rules a Japanese or English typesetter follows:
/// English breaks at spaces (and after a hyphen or slash inside a long word); Japanese may break between
/// any two characters except where kinsoku forbids it — no line starts with closing brackets, 、。 or small
/// kana, and none ends with an opening bracket. Nothing is dropped: the lines joined (with the spaces
/// they broke at) are the text. A word wider than the line is split between characters, never cut.
/// </summary>
public static class LineBreaker
{
    /// <summary>Characters that may not start a line (行頭禁則).</summary>
    public const string NoLineStart = "、。，．,.・:：;；!！?？)）]］}｝」』】〕〉》〙〗’”ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ%％";

    /// <summary>Characters that may not end a line (行末禁則).</summary>
    public const string NoLineEnd = "(（[［{｛「『【〔〈《〘〖‘“";

    public static IReadOnlyList<string> Wrap(string text, double maxWidth, Func<string, double> width)
    {
        text = text.Trim();
        if (text.Length == 0) return [];
        var elements = Elements(text);
        var lines = new List<string>();
        var start = 0;
        while (start < elements.Count)
        {
            var end = LongestFit(elements, start, maxWidth, width);
            lines.Add(Join(elements, start, end).TrimEnd());
            start = end;
            while (start < elements.Count && elements[start] == " ") start++;
        }
        return lines;
    }

    /// <summary>The end (exclusive) of the longest line from <paramref name="start"/> that fits, ending at a break opportunity.</summary>
    private static int LongestFit(List<string> e, int start, double maxWidth, Func<string, double> width)
    {
        var best = -1;
        for (var end = start + 1; end <= e.Count; end++)
        {
            if (end < e.Count && !MayBreakBefore(e, end)) continue;
            if (width(Join(e, start, end).TrimEnd()) > maxWidth) break;
            best = end;
        }
        if (best > start) return best;

        // No break opportunity fits: split between characters, still keeping kinsoku where the line allows.
        var fit = start + 1;
        while (fit < e.Count && width(Join(e, start, fit + 1).TrimEnd()) <= maxWidth) fit++;
        var kept = fit;
        while (kept > start + 1 && kept < e.Count && (IsNoStart(e[kept]) || IsNoEnd(e[kept - 1]))) kept--;
        return kept;
    }

    private static bool MayBreakBefore(List<string> e, int i)
    {
        var before = e[i - 1];
        var after = e[i];
        if (after == " ") return false; // break after the space, so it ends the line
        if (IsNoStart(after) || IsNoEnd(before)) return false;
        if (before == " ") return true;
        if (before is "-" or "/" or "–" or "—") return IsWordChar(after);
        // Between two Latin letters or digits (a word, a number, "FY2005") never; next to CJK, yes.
        if (!IsCjk(before) && !IsCjk(after)) return false;
        // Keep "FY2005年度" and "22件" readable: digits hold to the CJK counter after them.
        if (IsDigitLike(before) && IsCjk(after)) return false;
        return true;
    }

    private static bool IsNoStart(string s) => s.Length == 1 && NoLineStart.Contains(s[0], StringComparison.Ordinal);
    private static bool IsNoEnd(string s) => s.Length == 1 && NoLineEnd.Contains(s[0], StringComparison.Ordinal);
    private static bool IsWordChar(string s) => s.Length > 0 && char.IsLetterOrDigit(s[0]) && !IsCjk(s);
    private static bool IsDigitLike(string s) => s.Length == 1 && (char.IsDigit(s[0]) || s[0] is '–' or '年');

    /// <summary>Han, kana, CJK punctuation and full-width forms: the scripts that break between characters.</summary>
    public static bool IsCjk(string s)
    {
        if (s.Length == 0) return false;
        var c = char.ConvertToUtf32(s, 0);
        return c is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;
    }

    private static List<string> Elements(string text)
    {
        var list = new List<string>(text.Length);
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            list.Add(char.IsWhiteSpace(element, 0) ? " " : element);
        }
        // Runs of spaces count once.
        for (var i = list.Count - 1; i > 0; i--)
            if (list[i] == " " && list[i - 1] == " ") list.RemoveAt(i);
        return list;
    }

    private static string Join(IReadOnlyList<string> e, int start, int end) => string.Concat(e.Skip(start).Take(end - start));
}
