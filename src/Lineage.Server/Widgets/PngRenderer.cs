using System.Globalization;
using SkiaSharp;
using static Lineage.Server.Widgets.WidgetLayout;

namespace Lineage.Server.Widgets;

/// <summary>
/// The static picture as PNG, for tools that take no SVG: the same layout as <see cref="SvgRenderer"/>,
/// painted with SkiaSharp. Text is drawn with the first installed font of the SVG's list, falling back
/// per character to any installed font that has it (so Japanese renders wherever a CJK font is
/// installed, e.g. Debian's fonts-noto-cjk). The bytes are the same for the same data, parameters and fonts.
/// </summary>
public static class PngRenderer
{
    /// <summary>Default pixels per layout unit: sharp in print and on high-density screens.</summary>
    public const double DefaultScale = 2;

    private static readonly Lazy<SKTypeface> Primary = new(() =>
    {
        foreach (var family in WidgetTheme.FontFamily.Split(',').Select(f => f.Trim().Trim('\'')))
        {
            var typeface = SKFontManager.Default.MatchFamily(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)) return typeface;
            typeface?.Dispose();
        }
        return SKFontManager.Default.MatchCharacter('あ') ?? SKTypeface.Default;
    });

    private static readonly Lazy<SKTypeface> PrimaryBold = new(() =>
        SKFontManager.Default.MatchFamily(Primary.Value.FamilyName, SKFontStyle.Bold) ?? Primary.Value);

    public static byte[] Render(WidgetGraph graph, WidgetRequest request)
    {
        var text = WidgetText.For(request.Lang);
        var theme = WidgetTheme.For(request.Theme ?? WidgetThemeName.Light);
        var caption = text.Caption(request, graph.Total);
        var flows = request.Mode == WidgetMode.Flows;
        Layout? layout = graph.Nodes.Count == 0 ? null : flows ? WidgetLayout.Flows(graph, text, caption) : WidgetLayout.Paths(graph, text, caption);
        var width = layout?.Width ?? (int)Math.Ceiling(Math.Max(480, Pad * 2 + TextWidth(caption, 14)));
        var height = layout is null ? 96 : layout.Height + (graph.Shown < graph.Total ? (int)LineHeight : 0);
        var scale = request.Width is { } w ? (double)w / width : DefaultScale;

        var info = new SKImageInfo((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Scale((float)scale);
        Fill(canvas, new SKRect(0, 0, width, height), theme.Background);
        DrawText(canvas, caption, Pad, Pad + 14, 14, theme.Foreground, bold: true);

        if (layout is null)
        {
            DrawText(canvas, text.Empty, Pad, Pad + CaptionHeight + 24, FontSize, theme.Muted);
        }
        else
        {
            foreach (var item in layout.Legend)
            {
                Fill(canvas, new SKRect((float)item.X, (float)item.Y + 2, (float)item.X + 12, (float)item.Y + 14), WidgetTheme.ColourOf(item.Code), 2);
                DrawText(canvas, item.Code, item.X + 18, item.Y + 12, 12, theme.Muted);
            }
            var ministries = graph.Nodes.ToDictionary(n => n.Id, n => n.Ministry, StringComparer.Ordinal);
            foreach (var l in layout.Links)
            {
                using var path = SKPath.ParseSvgPathData(l.D);
                using var stroke = new SKPaint
                {
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = (float)l.StrokeWidth,
                    Color = flows ? Colour(WidgetTheme.ColourOf(ministries[l.Link.From])).WithAlpha(102) : Colour(theme.Link),
                };
                canvas.DrawPath(path, stroke);
                if (flows) continue;
                Arrow(canvas, path, theme.Link);
                Fill(canvas, SKRect.Create((float)(l.LabelX - l.LabelW / 2), (float)(l.LabelY - 9), (float)l.LabelW, 16), theme.LabelBackground, 3, 235);
                DrawText(canvas, l.Label, l.LabelX, l.LabelY + 3, 11, theme.Muted, anchor: "middle");
            }
            foreach (var n in layout.Nodes)
            {
                var colour = WidgetTheme.ColourOf(n.Node.Ministry);
                var box = SKRect.Create((float)n.X, (float)n.Y, (float)n.W, (float)n.H);
                if (flows) Fill(canvas, box, colour);
                else
                {
                    Fill(canvas, box, theme.Node, 6);
                    using var border = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, Color = Colour(colour) };
                    canvas.DrawRoundRect(box, 6, 6, border);
                    Fill(canvas, SKRect.Create((float)n.X, (float)n.Y, 6, (float)n.H), colour, 2);
                }
                for (var i = 0; i < n.Lines.Count; i++)
                    DrawText(canvas, n.Lines[i], n.TextX, n.TextY + i * LineHeight, FontSize, theme.Foreground, anchor: n.Anchor);
            }
            if (graph.Shown < graph.Total)
                DrawText(canvas, text.Truncated(graph.Shown, graph.Total), Pad, height - Pad / 2, 12, theme.Muted);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKColor Colour(string hex) => SKColor.Parse(hex);

    private static void Fill(SKCanvas canvas, SKRect rect, string colour, float radius = 0, byte alpha = 255)
    {
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(colour).WithAlpha(alpha) };
        if (radius > 0) canvas.DrawRoundRect(rect, radius, radius, paint);
        else canvas.DrawRect(rect, paint);
    }

    /// <summary>The SVG's arrowhead marker: a triangle at the end of the curve, along its last tangent.</summary>
    private static void Arrow(SKCanvas canvas, SKPath path, string colour)
    {
        using var measure = new SKPathMeasure(path);
        if (!measure.GetPositionAndTangent(measure.Length, out var end, out var tangent)) return;
        var angle = MathF.Atan2(tangent.Y, tangent.X);
        using var head = new SKPath();
        head.MoveTo(0, -4);
        head.LineTo(8, 0);
        head.LineTo(0, 4);
        head.Close();
        canvas.Save();
        canvas.Translate(end.X, end.Y);
        canvas.RotateRadians(angle);
        canvas.Translate(-8, 0);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(colour) };
        canvas.DrawPath(head, paint);
        canvas.Restore();
    }

    /// <summary>Draws text in runs: the primary font where it has the glyph, else a font that has it.</summary>
    private static void DrawText(SKCanvas canvas, string content, double x, double y, double size, string colour, string anchor = "start", bool bold = false)
    {
        var primary = bold ? PrimaryBold.Value : Primary.Value;
        var runs = new List<(string Text, SKTypeface Typeface)>();
        foreach (var rune in content.EnumerateRunes())
        {
            var typeface = primary.ContainsGlyph(rune.Value) ? primary : Fallback(rune.Value) ?? primary;
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Typeface, typeface)) runs[^1] = (runs[^1].Text + rune.ToString(), typeface);
            else runs.Add((rune.ToString(), typeface));
        }
        using var paint = new SKPaint { IsAntialias = true, Color = Colour(colour) };
        var fonts = runs.Select(r => new SKFont(r.Typeface, (float)size) { Subpixel = true, Edging = SKFontEdging.Antialias }).ToList();
        try
        {
            var total = runs.Select((r, i) => fonts[i].MeasureText(r.Text)).Sum();
            var cursor = (float)x - anchor switch { "middle" => total / 2, "end" => total, _ => 0 };
            for (var i = 0; i < runs.Count; i++)
            {
                canvas.DrawText(runs[i].Text, cursor, (float)y, SKTextAlign.Left, fonts[i], paint);
                cursor += fonts[i].MeasureText(runs[i].Text);
            }
        }
        finally
        {
            foreach (var font in fonts) font.Dispose();
        }
    }

    /// <summary>Fallback fonts by family, so one font is reused for every character it covers.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SKTypeface> Fallbacks = new(StringComparer.Ordinal);

    private static SKTypeface? Fallback(int codePoint)
    {
        var match = SKFontManager.Default.MatchCharacter(codePoint);
        if (match is null) return null;
        var kept = Fallbacks.GetOrAdd(match.FamilyName + "|" + match.FontStyle.Weight.ToString(CultureInfo.InvariantCulture), match);
        if (!ReferenceEquals(kept, match)) match.Dispose();
        return kept;
    }
}
