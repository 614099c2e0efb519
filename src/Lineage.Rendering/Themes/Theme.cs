using System.Globalization;
using Lineage.Core.Model;

namespace Lineage.Rendering.Themes;

public enum ThemeName { Light, Dark }

/// <summary>
/// The colours of a picture, written into it as attributes (PDF and slide tools often ignore CSS). Both
/// palettes meet WCAG AA against their own background: text at least 4.5:1, ministry colours (box stripes,
/// bands, swatches) at least 3:1 — <see cref="Contrast"/> checks it, and the tests check it again.
/// The ministry hues stay apart for common colour-vision deficiencies; dark ones are the same hues lighter.
/// </summary>
public sealed record Theme(
    ThemeName Name,
    string Background,
    string Text,
    string Muted,
    string Box,
    string BoxBorder,
    string Edge,
    string Focus,
    IReadOnlyDictionary<string, string> Ministries,
    string OtherMinistry)
{
    public static readonly Theme Light = new(ThemeName.Light, "#ffffff", "#1b1f24", "#57606a", "#ffffff", "#6e7781", "#57606a", "#0969da",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(MinistryCode.CAO)] = "#7f3c8d",
            [nameof(MinistryCode.MIC)] = "#0b7d5b",
            [nameof(MinistryCode.MEXT)] = "#3969ac",
            [nameof(MinistryCode.MHLW)] = "#c8325f",
            [nameof(MinistryCode.MAFF)] = "#4d7f2a",
            [nameof(MinistryCode.METI)] = "#b35900",
            [nameof(MinistryCode.MLIT)] = "#007482",
            [nameof(MinistryCode.MOE)] = "#b0187a",
        }, "#6b6b6b");

    public static readonly Theme Dark = new(ThemeName.Dark, "#111418", "#e6edf3", "#a2acb7", "#1d232b", "#8b949e", "#a2acb7", "#58a6ff",
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [nameof(MinistryCode.CAO)] = "#c08fd0",
            [nameof(MinistryCode.MIC)] = "#3cc79a",
            [nameof(MinistryCode.MEXT)] = "#79a6f0",
            [nameof(MinistryCode.MHLW)] = "#f27aa0",
            [nameof(MinistryCode.MAFF)] = "#94cf6c",
            [nameof(MinistryCode.METI)] = "#f2a54a",
            [nameof(MinistryCode.MLIT)] = "#35bccb",
            [nameof(MinistryCode.MOE)] = "#ea6cbf",
        }, "#a0a0a0");

    public static Theme For(ThemeName name) => name == ThemeName.Dark ? Dark : Light;

    public string ColourOf(string? ministry) => ministry is not null && Ministries.TryGetValue(ministry, out var c) ? c : OtherMinistry;

    /// <summary>Japanese fonts first (the names differ per platform), then Latin ones; the viewer uses the first it has.</summary>
    public const string FontFamily =
        "'Noto Sans CJK JP', 'Noto Sans JP', 'Source Han Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'Meiryo', 'IPAexGothic', 'Noto Sans', 'Segoe UI', system-ui, sans-serif";

    /// <summary>WCAG 2 contrast ratio of two #rrggbb colours.</summary>
    public static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }
}
