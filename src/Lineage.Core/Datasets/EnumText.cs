using System.Text;

namespace Lineage.Core.Datasets;

/// <summary>Enum values as the dataset and GraphQL spell them: JOINT_RESEARCH for JointResearch, MEXT for MEXT.</summary>
public static class EnumText
{
    public static string ToText<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        if (name.All(c => !char.IsLower(c))) return name;
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append('_');
            sb.Append(char.ToUpperInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (ToText(candidate) == text) { value = candidate; return true; }
        }
        value = default;
        return false;
    }

    public static string Expected<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(ToText));
}
