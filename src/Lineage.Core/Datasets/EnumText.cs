using System.Text;

namespace Lineage.Core.Datasets;

/// <summary>Enum values as the dataset and GraphQL spell them: JOINT_RESEARCH for JointResearch, MEXT for MEXT.</summary>
public static class EnumText
{
    public static string ToText<T>(T value) where T : struct, Enum
    {
        foreach (var (candidate, text) in Spelt<T>.All)
            if (EqualityComparer<T>.Default.Equals(candidate, value)) return text;
        return Spell(value.ToString()); // a value outside the enum's names (a cast number)
    }

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum => TryParse(text.AsSpan(), out value);

    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value) where T : struct, Enum
    {
        foreach (var (candidate, spelt) in Spelt<T>.All)
        {
            if (text.SequenceEqual(spelt)) { value = candidate; return true; }
        }
        value = default;
        return false;
    }

    public static string Expected<T>() where T : struct, Enum => string.Join(", ", Spelt<T>.All.Select(v => v.Text));

    private static string Spell(string name)
    {
        if (name.All(c => !char.IsLower(c))) return name;
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    // Spelt once per enum: a million hand-offs each parse a stage and a basis.
    private static class Spelt<T> where T : struct, Enum
    {
        public static readonly (T Value, string Text)[] All = [.. Enum.GetValues<T>().Select(v => (v, Spell(v.ToString())))];
    }
}
