namespace Lineage.GraphQL.Limits;

/// <summary>
/// What a string from a request must be: Unicode text. Not a lone surrogate (an escape such as <c>\ud800</c> without
/// its pair), and not U+FFFE or U+FFFF, the noncharacters XML excludes too — .NET's normalization (which search and
/// name filters apply) throws on U+FFFE. Checked at the edge, once, for the document's strings and the JSON's.
/// </summary>
public static class UnicodeText
{
    /// <summary>What is wrong with <paramref name="text"/>, or null when it is text.</summary>
    public static string? Problem(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(c)) return $"a lone surrogate (\\u{(int)c:x4} without its pair)";
            else if (c is '\uFFFE' or '\uFFFF') return $"the noncharacter U+{(int)c:X4}";
        }
        return null;
    }
}
