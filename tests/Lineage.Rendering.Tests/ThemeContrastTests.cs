using Lineage.Tests;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Tests;

/// <summary>WCAG 2 AA for both themes, computed with the tests' own formula (tests/Shared/Wcag.cs), not with the theme's helper.</summary>
public sealed class ThemeContrastTests
{
    private static double Contrast(string a, string b) => Wcag.Contrast(a, b);

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
