using System.Globalization;
using System.Text;
using Lineage.Core.Model;

namespace Lineage.Server.Widgets;

public sealed record LaidNode(GraphNode Node, double X, double Y, double W, double H, IReadOnlyList<string> Lines, double TextX, double TextY, string Anchor, int Value);

public sealed record LaidLink(GraphLink Link, string D, double StrokeWidth, string Label, double LabelX, double LabelY, double LabelW);

public sealed record LegendItem(string Code, double X, double Y);

public sealed record Layout(int Width, int Height, IReadOnlyList<LaidNode> Nodes, IReadOnlyList<LaidLink> Links, IReadOnlyList<LegendItem> Legend);

/// <summary>
/// The picture's geometry: a port of the component's layout (src/Lineage.Widgets/src/layout.js) with the
/// same constants, column and row rules and text-width estimate, so the static SVG matches the live one.
/// Text is measured by estimate, not by font: the server has no fonts to ask, and the estimate keeps
/// the bytes the same on every machine.
/// </summary>
public static class WidgetLayout
{
    public const double Pad = 16, CaptionHeight = 24, LegendHeight = 26, FontSize = 13, LineHeight = 16;
    public const double NodeWidth = 188, NodeHeight = 46, ColumnGap = 150, RowGap = 20;
    public const double BarWidth = 12, FlowColumnPitch = 300, FlowLabelWidth = 200, FlowGap = 14, FlowMaxColumn = 420, FlowMinSlot = 36;

    private static readonly string[] MinistryOrder = Enum.GetNames<MinistryCode>();

    /// <summary>Width in px: CJK and full-width characters 1em, everything else 0.6em.</summary>
    public static double TextWidth(string text, double size = FontSize)
    {
        double em = 0;
        foreach (var rune in text.EnumerateRunes()) em += rune.Value >= 0x2e80 ? 1 : 0.6;
        return em * size;
    }

    /// <summary>Up to <paramref name="maxLines"/> lines no wider than <paramref name="width"/>; the last ends in … when the text was cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, int maxLines = 2, double size = FontSize)
    {
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        var lines = new List<string>();
        var line = "";
        var i = 0;
        while (i < runes.Count)
        {
            var next = line + runes[i];
            if (line.Length > 0 && TextWidth(next, size) > width)
            {
                if (lines.Count == maxLines - 1) break;
                var space = line.LastIndexOf(' ');
                if (space > 0)
                {
                    lines.Add(line[..space]);
                    line = line[(space + 1)..];
                }
                else
                {
                    lines.Add(line);
                    line = "";
                }
                continue;
            }
            line = next;
            i++;
        }
        if (i < runes.Count)
        {
            while (line.Length > 0 && TextWidth(line + "…", size) > width) line = DropLast(line);
            line += "…";
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line);
        return lines;
    }

    private static string DropLast(string s)
    {
        var runes = s.EnumerateRunes().ToList();
        var sb = new StringBuilder();
        foreach (var r in runes.Take(runes.Count - 1)) sb.Append(r.ToString());
        return sb.ToString();
    }

    private static int MinistryIndex(string code)
    {
        var i = Array.IndexOf(MinistryOrder, code);
        return i < 0 ? MinistryOrder.Length : i;
    }

    /// <summary>Numbers as the component prints them: at most two decimals, no trailing zeros.</summary>
    public static string F(double n)
    {
        var r = Math.Floor(n * 100 + 0.5) / 100;
        if (r == 0) r = 0;
        return r.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Columns by longest path from the programs nothing flows into (cycles cut); rows by ministry and id, then one barycentre pass.</summary>
    public static List<List<GraphNode>> Arrange(WidgetGraph graph)
    {
        var depth = graph.Nodes.ToDictionary(n => n.Id, _ => 0, StringComparer.Ordinal);
        var limit = graph.Nodes.Count;
        for (var round = 0; round < limit; round++)
        {
            var changed = false;
            foreach (var l in graph.Links)
            {
                var d = depth[l.From] + 1;
                if (d < limit && d > depth[l.To])
                {
                    depth[l.To] = d;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        var columns = new List<List<GraphNode>>();
        foreach (var n in graph.Nodes.OrderBy(n => MinistryIndex(n.Ministry)).ThenBy(n => n.Id, StringComparer.Ordinal))
        {
            var d = depth[n.Id];
            while (columns.Count <= d) columns.Add([]);
            columns[d].Add(n);
        }
        var row = new Dictionary<string, int>(StringComparer.Ordinal);
        if (columns.Count > 0)
            for (var r = 0; r < columns[0].Count; r++) row[columns[0][r].Id] = r;
        for (var c = 1; c < columns.Count; c++)
        {
            double Centre(GraphNode n)
            {
                var preds = graph.Links.Where(l => l.To == n.Id && row.ContainsKey(l.From)).Select(l => row[l.From]).ToList();
                if (preds.Count == 0) return 9007199254740991; // Number.MAX_SAFE_INTEGER, as in the component
                double sum = 0;
                foreach (var p in preds) sum += p;
                return sum / preds.Count;
            }
            columns[c] = columns[c].Select((n, i) => (n, k: Centre(n), i)).OrderBy(x => x.k).ThenBy(x => x.i).Select(x => x.n).ToList();
            for (var r = 0; r < columns[c].Count; r++) row[columns[c][r].Id] = r;
        }
        return columns;
    }

    private static string Bezier(double x1, double y1, double x2, double y2)
    {
        var dx = Math.Max((x2 - x1) / 2, 40);
        return $"M{F(x1)} {F(y1)}C{F(x1 + dx)} {F(y1)} {F(x2 - dx)} {F(y2)} {F(x2)} {F(y2)}";
    }

    private const double Top = Pad + CaptionHeight + LegendHeight;

    /// <summary>Paths mode: program boxes in columns, one curve per pair of programs, labelled with stage and fiscal years.</summary>
    public static Layout Paths(WidgetGraph graph, WidgetText text, string caption)
    {
        var columns = Arrange(graph);
        var pos = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var nodes = new List<LaidNode>();
        for (var c = 0; c < columns.Count; c++)
            for (var r = 0; r < columns[c].Count; r++)
            {
                var n = columns[c][r];
                var x = Pad + c * (NodeWidth + ColumnGap);
                var y = Top + r * (NodeHeight + RowGap);
                pos[n.Id] = (x, y);
                var lines = Wrap(n.Name, NodeWidth - 22);
                nodes.Add(new LaidNode(n, x, y, NodeWidth, NodeHeight, lines, x + 14, y + (NodeHeight - lines.Count * LineHeight) / 2 + 12, "start", 0));
            }
        var links = graph.Links.Select(l =>
        {
            var a = pos[l.From];
            var b = pos[l.To];
            var x1 = a.X + NodeWidth;
            var y1 = a.Y + NodeHeight / 2;
            var x2 = b.X;
            var y2 = b.Y + NodeHeight / 2;
            var back = x2 <= x1;
            var d = back
                ? $"M{F(x1)} {F(y1)}C{F(x1 + 60)} {F(y1 + 60)} {F(x2 - 60)} {F(y2 + 60)} {F(x2)} {F(y2)}"
                : Bezier(x1, y1, x2, y2);
            var label = text.LinkLabel(l);
            var lw = TextWidth(label, 11) + 10;
            var ly = back ? (y1 + y2) / 2 + 45 : (y1 + y2) / 2;
            return new LaidLink(l, d, 1.5, label, (x1 + x2) / 2, ly, lw);
        }).ToList();
        var cols = Math.Max(columns.Count, 1);
        var rows = Math.Max(1, columns.Count == 0 ? 1 : columns.Max(c => c.Count));
        var width = Math.Max(Pad * 2 + cols * NodeWidth + (cols - 1) * ColumnGap, Pad * 2 + TextWidth(caption, 14));
        var height = Top + rows * (NodeHeight + RowGap) - RowGap + Pad;
        return new Layout((int)Math.Ceiling(width), (int)Math.Ceiling(height), nodes, links, Legend(graph));
    }

    /// <summary>Flows mode: a Sankey; bar height and band width are the number of seeds handed on.</summary>
    public static Layout Flows(WidgetGraph graph, WidgetText text, string caption)
    {
        var columns = Arrange(graph);
        var inSum = new Dictionary<string, int>(StringComparer.Ordinal);
        var outSum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var l in graph.Links)
        {
            outSum[l.From] = outSum.GetValueOrDefault(l.From) + l.Value;
            inSum[l.To] = inSum.GetValueOrDefault(l.To) + l.Value;
        }
        int Value(string id) => Math.Max(Math.Max(inSum.GetValueOrDefault(id), outSum.GetValueOrDefault(id)), 1);
        double k = 20;
        foreach (var col in columns)
        {
            var sum = col.Sum(n => Value(n.Id));
            if (sum > 0) k = Math.Min(k, (FlowMaxColumn - FlowGap * (col.Count - 1)) / sum);
        }
        k = Math.Max(k, 1);
        var last = columns.Count - 1;
        var pos = new Dictionary<string, (double X, double Y, double H)>(StringComparer.Ordinal);
        var outY = new Dictionary<string, double>(StringComparer.Ordinal);
        var inY = new Dictionary<string, double>(StringComparer.Ordinal);
        var nodes = new List<LaidNode>();
        var maxBottom = Top;
        for (var c = 0; c < columns.Count; c++)
        {
            var y = Top;
            var atEnd = c == last && last > 0;
            foreach (var n in columns[c])
            {
                var v = Value(n.Id);
                var h = Math.Max(v * k, 3);
                var x = Pad + c * FlowColumnPitch + (atEnd ? FlowLabelWidth : 0);
                var lines = Wrap($"{n.Name} ({v.ToString(CultureInfo.InvariantCulture)})", FlowLabelWidth - 8);
                var textX = atEnd ? x - 6 : x + BarWidth + 6;
                var textY = y + h / 2 - lines.Count * LineHeight / 2 + 12;
                pos[n.Id] = (x, y, h);
                outY[n.Id] = y;
                inY[n.Id] = y;
                nodes.Add(new LaidNode(n, x, y, BarWidth, h, lines, textX, textY, atEnd ? "end" : "start", v));
                y += Math.Max(h, FlowMinSlot) + FlowGap;
            }
            maxBottom = Math.Max(maxBottom, y - FlowGap);
        }
        IEnumerable<GraphLink> Ordered(IEnumerable<GraphLink> list, Func<GraphLink, string> key) =>
            list.OrderBy(l => pos[key(l)].Y).ThenBy(l => l.Id, StringComparer.Ordinal);
        var band = new Dictionary<string, (double Sy, double Ty, double W)>(StringComparer.Ordinal);
        foreach (var n in graph.Nodes)
        {
            foreach (var l in Ordered(graph.Links.Where(x => x.From == n.Id), x => x.To))
            {
                var w = l.Value * k;
                band[l.Id] = (outY[n.Id] + w / 2, band.GetValueOrDefault(l.Id).Ty, w);
                outY[n.Id] += w;
            }
            foreach (var l in Ordered(graph.Links.Where(x => x.To == n.Id), x => x.From))
            {
                var w = l.Value * k;
                var b = band.GetValueOrDefault(l.Id);
                band[l.Id] = (b.Sy, inY[n.Id] + w / 2, b.W);
                inY[n.Id] += w;
            }
        }
        var links = graph.Links.Select(l =>
        {
            var (sy, ty, w) = band[l.Id];
            var x1 = pos[l.From].X + BarWidth;
            var x2 = pos[l.To].X;
            return new LaidLink(l, Bezier(x1, sy, x2, ty), Math.Max(w, 1), text.LinkLabel(l), (x1 + x2) / 2, (sy + ty) / 2, 0);
        }).ToList();
        var cols = Math.Max(columns.Count, 1);
        var width = Math.Max(Pad * 2 + (cols - 1) * FlowColumnPitch + BarWidth + FlowLabelWidth, Pad * 2 + TextWidth(caption, 14));
        return new Layout((int)Math.Ceiling(width), (int)Math.Ceiling(maxBottom + Pad), nodes, links, Legend(graph));
    }

    private static List<LegendItem> Legend(WidgetGraph graph)
    {
        var x = Pad;
        var items = new List<LegendItem>();
        foreach (var code in graph.Nodes.Select(n => n.Ministry).Distinct().OrderBy(MinistryIndex).ThenBy(c => c, StringComparer.Ordinal))
        {
            items.Add(new LegendItem(code, x, Pad + CaptionHeight));
            x += 18 + TextWidth(code, 12) + 16;
        }
        return items;
    }
}
