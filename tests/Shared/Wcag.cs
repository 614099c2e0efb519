using System.Globalization;

namespace Lineage.Tests;

/// <summary>The tests' own WCAG 2 contrast ratio (relative luminance of sRGB), an oracle independent of the renderer's.</summary>
internal static class Wcag
{
    public static double Contrast(string a, string b)
    {
        static double L(string hex)
        {
            var c = Enumerable.Range(0, 3).Select(i => int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0)
                .Select(v => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        }
        var (x, y) = (L(a), L(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }
}
