using Lineage.Rendering.Layout;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Text;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Scenes;

/// <summary>
/// Lays a diagram out at the question's width: the title (wrapped), notices, the ministry legend, the graph and
/// the footnote, top to bottom. Every text is measured with the real font and wrapped inside its box; a box is
/// as tall as its text needs.
/// </summary>
internal sealed class SceneComposer
{
    public const double Pad = 16;
    private const double LineFactor = 1.5;

    private readonly TextMeasure _m;
    private readonly Theme _theme;
    private readonly List<SceneBox> _boxes = [];
    private readonly List<SceneText> _texts = [];

    private SceneComposer(TextMeasure measure, Theme theme)
    {
        _m = measure;
        _theme = theme;
    }

    public static Scene Compose(Diagram d, PictureAnswer a, Theme theme, TextMeasure measure)
    {
        var c = new SceneComposer(measure, theme);
        var width = (double)a.Question.Width;
        var inner = width - 2 * Pad;
        var title = Title.Of(a, d.Count);
        var y = Pad;
        y = c.Paragraphs("title", BoxKind.Title, Pad, y, inner, [new Block(title, 15, true, false)], theme.Background) + 4;
        for (var i = 0; i < d.Notices.Count; i++)
            y = c.Paragraphs($"notice-{i}", BoxKind.Note, Pad, y, inner, [new Block(d.Notices[i], 12, false, true)], theme.Background);
        y = c.Legend(d.Legend, a, Pad, y + 4, inner) + 8;

        var kind = a.Question.Mode == PictureMode.Flows ? SceneKind.Flows : SceneKind.Paths;
        if (d.Nodes.Count == 0)
        {
            kind = SceneKind.Empty;
            y = c.Paragraphs("empty", BoxKind.Note, Pad, y, inner, [new Block(Words.For(a.Question.Lang).Empty, 13, false, true)], theme.Background);
        }
        else
        {
            y = c.Graph(d, Pad, y, inner, out var edges) + 12;
            y = c.Paragraphs("footnote", BoxKind.Note, Pad, y, inner, [new Block(d.Footnote, 11, false, true)], theme.Background);
            return c.Scene(kind, a, width, y + Pad, title, d, edges);
        }
        return c.Scene(kind, a, width, y + Pad, title, d, []);
    }

    private Scene Scene(SceneKind kind, PictureAnswer a, double width, double height, string title, Diagram d, IReadOnlyList<SceneEdge> edges)
    {
        var description = string.Join("\n", d.Table.Rows.Select(r => string.Join(" | ", r)));
        return new Scene(kind, Words.For(a.Question.Lang).Lang, _theme.Name == ThemeName.Dark ? "dark" : "light", width, Math.Ceiling(height), title, description,
            _theme.Background, Theme.FontFamily, _boxes, edges, _texts, d.Table,
            new SceneStyle(_theme.Text, _theme.Muted, _theme.Box, _theme.Edge, _theme.Focus));
    }

    // ---- text -------------------------------------------------------------------------------------------

    private double LineHeight(double size) => Math.Ceiling(Math.Max(size * LineFactor, _m.Ascent(size) + _m.Descent(size) + 1));

    /// <summary>The wrapped lines of some blocks at a width, each with its size, weight and colour.</summary>
    private List<(string Text, Block Block)> Lines(IReadOnlyList<Block> blocks, double width)
    {
        var lines = new List<(string, Block)>();
        foreach (var b in blocks)
            foreach (var line in LineBreaker.Wrap(b.Text, width, s => Room(s, b.Size, b.Bold)))
                lines.Add((line, b));
        return lines;
    }

    /// <summary>The room a line needs: browsers shape text a hair wider than Skia measures it (kerning, hinting), so 1% and 2 px are kept in hand.</summary>
    private double Room(string text, double size, bool bold) => _m.Width(text, size, bold) * 1.01 + 2;

    private double TextHeight(IReadOnlyList<Block> blocks, double width) => Lines(blocks, width).Sum(l => LineHeight(l.Block.Size));

    /// <summary>Writes the lines of <paramref name="blocks"/> from (x, top) and returns the bottom.</summary>
    private double WriteLines(string box, IReadOnlyList<Block> blocks, double x, double top, double width)
    {
        var y = top;
        foreach (var (text, b) in Lines(blocks, width))
        {
            var lh = LineHeight(b.Size);
            var baseline = y + (lh - _m.Ascent(b.Size) - _m.Descent(b.Size)) / 2 + _m.Ascent(b.Size);
            _texts.Add(new SceneText(box, R(x), R(baseline), text, b.Size, b.Bold, b.Muted ? _theme.Muted : _theme.Text));
            y += lh;
        }
        return y;
    }

    private double Paragraphs(string id, BoxKind kind, double x, double y, double width, IReadOnlyList<Block> blocks, string fill)
    {
        var h = TextHeight(blocks, width);
        _boxes.Add(new SceneBox(id, kind, R(x), R(y), R(width), R(h), fill, null, null, null, null, string.Join(" ", blocks.Select(b => b.Text)), [], false));
        WriteLines(id, blocks, x, y, width);
        return y + h;
    }

    private double Legend(IReadOnlyList<string> ministries, PictureAnswer a, double x, double y, double width)
    {
        if (ministries.Count == 0) return y;
        const double Swatch = 12, Gap = 14, Size = 12;
        var (cx, cy, row) = (x, y, 0.0);
        foreach (var code in ministries)
        {
            var name = a.Node<Core.Model.Ministry>("ministry:" + code.ToLowerInvariant())?.Name.In(a.Question.Lang) ?? code;
            var textWidth = Math.Min(Math.Ceiling(Room(name, Size, false)), width - Swatch - 6);
            var blocks = new[] { new Block(name, Size, false, true) };
            var h = TextHeight(blocks, textWidth);
            var w = Swatch + 6 + textWidth;
            if (cx > x && cx + w > x + width)
            {
                cx = x;
                cy += row + 4;
                row = 0;
            }
            var id = "legend-" + code.ToLowerInvariant();
            _boxes.Add(new SceneBox(id, BoxKind.Legend, R(cx), R(cy), R(w), R(h), _theme.Background, null, _theme.ColourOf(code), null, code, name, [], false));
            WriteLines(id, blocks, cx + Swatch + 6, cy, textWidth);
            cx += w + Gap;
            row = Math.Max(row, h);
        }
        return cy + row;
    }

    // ---- graph ------------------------------------------------------------------------------------------

    private static (double Left, double Right, double Top, double Bottom) Padding(BoxKind kind) =>
        kind is BoxKind.Program or BoxKind.Cohort ? (13, 8, 7, 7) : (8, 8, 6, 6);

    private double Graph(Diagram d, double x, double y, double width, out IReadOnlyList<SceneEdge> edges)
    {
        double HeightAt(int i, double w)
        {
            var p = Padding(d.Nodes[i].Kind);
            return Math.Ceiling(p.Top + TextHeight(d.Nodes[i].Blocks, w - p.Left - p.Right) + p.Bottom);
        }
        var layout = LayeredLayout.Compute(d.Nodes.Count, d.Edges.Select(e => new LayoutEdge(e.From, e.To, e.Thickness)).ToList(), HeightAt, x, y, width);
        for (var i = 0; i < d.Nodes.Count; i++)
        {
            var n = d.Nodes[i];
            var b = layout.Boxes[i];
            var p = Padding(n.Kind);
            var accent = n.Kind is BoxKind.Program or BoxKind.Cohort ? _theme.ColourOf(n.Ministry) : null;
            _boxes.Add(new SceneBox(n.Id, n.Kind, b.X, b.Y, b.W, b.H, _theme.Box, n.Kind == BoxKind.Handoff ? _theme.BoxBorder : accent,
                accent, n.ProgramId, n.Ministry, n.Label, n.Evidence, Focusable: n.Kind != BoxKind.Legend));
            // Centre the text block vertically when the box is taller than its text (edges stacked on a side).
            var text = TextHeight(n.Blocks, b.W - p.Left - p.Right);
            WriteLines(n.Id, n.Blocks, b.X + p.Left, b.Y + Math.Max(p.Top, (b.H - text) / 2), b.W - p.Left - p.Right);
        }
        edges = d.Edges.Select((e, i) => new SceneEdge(
            $"edge-{i}", d.Nodes[e.From].Id, d.Nodes[e.To].Id, e.HandOff, layout.Paths[i],
            layout.Stacked ? LayeredLayout.Thin(new LayoutEdge(e.From, e.To, e.Thickness)) : e.Thickness,
            e.Ministry is null ? _theme.Edge : _theme.ColourOf(e.Ministry.Length == 0 ? null : e.Ministry),
            1, e.Style, e.Reason, Arrow: e.Ministry is null && d.Nodes[e.To].Kind != BoxKind.Handoff)).ToList();
        return y + layout.Height;
    }

    private static double R(double v) => Math.Round(v, 2);
}
