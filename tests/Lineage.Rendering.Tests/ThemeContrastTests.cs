using System.Globalization;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Tests;

/// <summary>WCAG 2 AA for both themes, computed here from the WCAG formula (relative luminance of sRGB), not with the theme's own helper.</summary>
public sealed class ThemeContrastTests
{
    internal static double Contrast(string a, string b)
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

    public static TheoryData<string> Themes => new() { "light", "dark" };

    [Theory]
    [MemberData(nameof(Themes))]
    public void Text_reads_at_4_5_to_1_on_the_background_and_on_boxes(string name)
    {
        var theme = Theme.For(name == "dark" ? ThemeName.Dark : ThemeName.Light);
        foreach (var text in new[] { theme.Text, theme.Muted })
            foreach (var ground in new[] { theme.Background, theme.Box })
                Assert.True(Contrast(text, ground) >= 4.5, $"{name}: {text} on {ground} is {Contrast(text, ground):0.00}:1");
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Bands_stripes_and_edges_stand_out_at_3_to_1(string name)
    {
        var theme = Theme.For(name == "dark" ? ThemeName.Dark : ThemeName.Light);
        foreach (var colour in theme.Ministries.Values.Append(theme.OtherMinistry).Append(theme.Edge).Append(theme.BoxBorder))
            foreach (var ground in new[] { theme.Background, theme.Box })
                Assert.True(Contrast(colour, ground) >= 3, $"{name}: {colour} on {ground} is {Contrast(colour, ground):0.00}:1");
        Assert.Equal(8, theme.Ministries.Count);
    }

    [Fact]
    public void The_contrast_formula_gives_the_known_ratios()
    {
        Assert.Equal(21, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(4.48, Contrast("#777777", "#ffffff"), 2);
        Assert.Equal(Contrast("#3969ac", "#ffffff"), Theme.Contrast("#3969ac", "#ffffff"), 6);
    }
}
