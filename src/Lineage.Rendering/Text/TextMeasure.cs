using SkiaSharp;

namespace Lineage.Rendering.Text;

/// <summary>
/// Widths of text as the reader's browser draws it: measured with the CJK font the SVG asks for first
/// (Noto Sans CJK JP, Debian's fonts-noto-cjk, which CI installs). Where that font or Skia's native library
/// is missing, an estimate that is never narrower than the real text (a full em per CJK character) keeps
/// every line inside its box, only looser.
/// </summary>
public sealed class TextMeasure
{
    /// <summary>The families tried in order; the SVG's font-family list starts with the same names.</summary>
    public static readonly IReadOnlyList<string> Families = ["Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP"];

    private static readonly Lazy<TextMeasure> Default = new(Create);

    private readonly SKTypeface? _regular;
    private readonly SKTypeface? _bold;

    private TextMeasure(SKTypeface? regular, SKTypeface? bold, string family)
    {
        _regular = regular;
        _bold = bold;
        Family = family;
    }

    public static TextMeasure Shared => Default.Value;

    /// <summary>The font measured with, or "estimate" when none of <see cref="Families"/> is installed.</summary>
    public string Family { get; }

    public bool IsEstimate => _regular is null;

    private static TextMeasure Create()
    {
        try
        {
            foreach (var family in Families)
            {
                var regular = SKFontManager.Default.MatchFamily(family, SKFontStyle.Normal);
                if (regular is null || !string.Equals(regular.FamilyName, family, StringComparison.OrdinalIgnoreCase)) continue;
                var bold = SKFontManager.Default.MatchFamily(family, SKFontStyle.Bold) ?? regular;
                return new TextMeasure(regular, bold, family);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            // No native Skia here (no libfontconfig): estimate.
        }
        return new TextMeasure(null, null, "estimate");
    }

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> px.</summary>
    public double Width(string text, double size, bool bold = false)
    {
        if (text.Length == 0) return 0;
        var face = bold ? _bold : _regular;
        if (face is null) return Estimate(text, size, bold);
        using var font = new SKFont(face, (float)size) { Subpixel = true, Edging = SKFontEdging.SubpixelAntialias };
        return font.MeasureText(text);
    }

    /// <summary>How far the font's line box reaches above the baseline (what a browser's text box measures), in px.</summary>
    public double Ascent(double size)
    {
        if (_regular is null) return 1.16 * size;
        using var font = new SKFont(_regular, (float)size);
        return -font.Metrics.Ascent;
    }

    /// <summary>How far the font's line box reaches below the baseline, in px.</summary>
    public double Descent(double size)
    {
        if (_regular is null) return 0.29 * size;
        using var font = new SKFont(_regular, (float)size);
        return font.Metrics.Descent;
    }

    private static double Estimate(string text, double size, bool bold)
    {
        double em = 0;
        foreach (var c in text) em += c < 0x2E80 ? (char.IsUpper(c) || char.IsDigit(c) ? 0.68 : 0.6) : 1.0;
        return em * size * (bold ? 1.08 : 1.0);
    }
}
