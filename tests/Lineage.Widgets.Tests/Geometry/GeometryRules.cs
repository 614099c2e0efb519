using System.Text.RegularExpressions;
using Lineage.Tests;

namespace Lineage.Widgets.Tests.Geometry;

/// <summary>
/// What every picture must satisfy, checked on what Chromium drew. Each rule returns the problems it found,
/// each naming the picture, the text or box and where, so a failure says what to look at in the screenshot.
/// </summary>
public static partial class GeometryRules
{
    private const double Tolerance = 0.5;

    // Kinsoku sets (JIS X 4051, the part a Japanese reader notices), written here independently of the renderer.
    private const string MayNotStart = "、。，．・：；？！）」』】〕〉》］｝ーっゃゅょァィゥェォッャュョ々";
    private const string MayNotEnd = "（「『【〔〈《［｛";

    public static IEnumerable<string> Check(string name, Drawn d, IReadOnlyDictionary<string, string> programNames, IReadOnlyList<string> seeds)
    {
        var boxes = d.Boxes.ToDictionary(b => b.Id, StringComparer.Ordinal);
        foreach (var t in d.Texts)
        {
            if (t.Text.Length == 0) continue;
            if (t.Box is null || !boxes.TryGetValue(t.Box, out var own)) { yield return $"{name}: '{t.Text}' belongs to no box"; continue; }
            if (!Inside(t.R, own.R)) yield return $"{name}: '{t.Text}' {R(t.R)} is outside its box {own.Id} {R(own.R)}";
            if (!Inside(t.R, [0, 0, d.Width, d.Height])) yield return $"{name}: '{t.Text}' {R(t.R)} is outside the view {d.Width}×{d.Height}";
            foreach (var other in d.Boxes)
                if (other.Id != own.Id && Overlap(t.R, other.R)) yield return $"{name}: '{t.Text}' runs across {other.Id} {R(other.R)}";
            if (MayNotStart.Contains(t.Text[0], StringComparison.Ordinal)) yield return $"{name}: the line '{t.Text}' starts with {t.Text[0]} (kinsoku)";
            if (MayNotEnd.Contains(t.Text[^1], StringComparison.Ordinal)) yield return $"{name}: the line '{t.Text}' ends with {t.Text[^1]} (kinsoku)";
            if (Id().Match(t.Text) is { Success: true } id) yield return $"{name}: the visible text '{t.Text}' shows the id {id.Value}";
            if (t.Text.Contains('…', StringComparison.Ordinal)) yield return $"{name}: '{t.Text}' looks cut (…)";
            var ground = own.Fill;
            if (Contrast(t.Fill, ground) < 4.5) yield return $"{name}: '{t.Text}' is {t.Fill} on {ground}: {Contrast(t.Fill, ground):0.00}:1 < 4.5";
        }
        for (var i = 0; i < d.Texts.Count; i++)
            for (var j = i + 1; j < d.Texts.Count; j++)
                if (Overlap(d.Texts[i].R, d.Texts[j].R)) yield return $"{name}: '{d.Texts[i].Text}' and '{d.Texts[j].Text}' overlap";
        for (var i = 0; i < d.Boxes.Count; i++)
            for (var j = i + 1; j < d.Boxes.Count; j++)
                if (Overlap(d.Boxes[i].R, d.Boxes[j].R)) yield return $"{name}: boxes {d.Boxes[i].Id} and {d.Boxes[j].Id} overlap";
        foreach (var e in d.Edges)
        {
            if (Contrast(e.Stroke, d.Background) < 3) yield return $"{name}: the edge {e.From}→{e.To} is {e.Stroke} on {d.Background}: {Contrast(e.Stroke, d.Background):0.00}:1 < 3";
            foreach (var box in d.Boxes)
            {
                var hit = e.Points.FirstOrDefault(p => p[0] > box.R[0] + 1.5 && p[0] < box.R[0] + box.R[2] - 1.5 && p[1] > box.R[1] + 1.5 && p[1] < box.R[1] + box.R[3] - 1.5);
                if (hit is not null) yield return $"{name}: the edge {e.From}→{e.To} runs through {box.Id} at ({hit[0]:0.#}, {hit[1]:0.#})";
            }
        }
        foreach (var b in d.Boxes.Where(b => b.Accent is not null))
            if (Contrast(b.Accent!, d.Background) < 3) yield return $"{name}: the colour of {b.Id} is {b.Accent} on {d.Background}: {Contrast(b.Accent!, d.Background):0.00}:1 < 3";
        foreach (var b in d.Boxes.Where(b => b.Kind == "program"))
        {
            if (b.ProgramId is null || !programNames.TryGetValue(b.ProgramId, out var expected)) { yield return $"{name}: {b.Id} names no known program"; continue; }
            if (!Compact(Lines(d, b.Id)).StartsWith(Compact(expected), StringComparison.Ordinal)) yield return $"{name}: {b.Id} shows '{string.Join("|", Lines(d, b.Id))}', not the whole name '{expected}'";
        }
        var handOffs = Compact(string.Join("", d.Boxes.Where(b => b.Kind == "handoff").SelectMany(b => Lines(d, b.Id))));
        foreach (var seed in seeds)
            if (!handOffs.Contains(Compact(seed), StringComparison.Ordinal)) yield return $"{name}: the seed '{seed}' is not named on the picture";
        if (Id().IsMatch(d.Title)) yield return $"{name}: the title '{d.Title}' shows an id";
    }

    private static IEnumerable<string> Lines(Drawn d, string box) => d.Texts.Where(t => t.Box == box).Select(t => t.Text);

    /// <summary>Text without spaces (a wrapped English line loses the space it broke at).</summary>
    public static string Compact(IEnumerable<string> lines) => Compact(string.Concat(lines));

    public static string Compact(string s) => s.Replace(" ", "", StringComparison.Ordinal);

    private static bool Inside(double[] a, double[] b) =>
        a[0] >= b[0] - Tolerance && a[1] >= b[1] - Tolerance && a[0] + a[2] <= b[0] + b[2] + Tolerance && a[1] + a[3] <= b[1] + b[3] + Tolerance;

    private static bool Overlap(double[] a, double[] b) =>
        Math.Min(a[0] + a[2], b[0] + b[2]) - Math.Max(a[0], b[0]) > Tolerance && Math.Min(a[1] + a[3], b[1] + b[3]) - Math.Max(a[1], b[1]) > Tolerance;

    private static string R(double[] r) => $"[{r[0]:0.#}, {r[1]:0.#}, {r[2]:0.#}×{r[3]:0.#}]";

    private static double Contrast(string a, string b) => Wcag.Contrast(a, b);

    [GeneratedRegex(@"\b(program|agency|region|ministry|project|cohort|transfer|source|org):[a-z0-9]")]
    private static partial Regex Id();
}
