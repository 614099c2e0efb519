using System.Globalization;
using System.Text;
using System.Xml;
using static Lineage.Server.Widgets.WidgetLayout;

namespace Lineage.Server.Widgets;

/// <summary>
/// The static picture: one self-contained SVG (no scripts, no external references, colours as
/// attributes) for PDFs, Word files and slides. Every name and quote goes through XmlWriter, so it is
/// escaped wherever it lands. Nothing varies between runs: same graph and request, same bytes.
/// </summary>
public static class SvgRenderer
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = false,
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
    };

    public static byte[] Render(WidgetGraph graph, WidgetRequest request)
    {
        var text = WidgetText.For(request.Lang);
        var theme = WidgetTheme.For(request.Theme ?? WidgetThemeName.Light);
        var caption = text.Caption(request, graph.Total);
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            if (graph.Nodes.Count == 0) Empty(w, text, theme, caption, request);
            else Picture(w, graph, request, text, theme, caption);
        }
        return stream.ToArray();
    }

    private static void Root(XmlWriter w, int width, int height, int? requestedWidth, string label, WidgetTheme theme, string mode)
    {
        var shownWidth = requestedWidth ?? width;
        var shownHeight = (int)Math.Ceiling((double)height * shownWidth / width);
        w.WriteStartElement("svg", "http://www.w3.org/2000/svg");
        w.WriteAttributeString("width", Num(shownWidth));
        w.WriteAttributeString("height", Num(shownHeight));
        w.WriteAttributeString("viewBox", $"0 0 {Num(width)} {Num(height)}");
        w.WriteAttributeString("role", "img");
        w.WriteAttributeString("aria-label", Safe(label));
        w.WriteAttributeString("font-family", WidgetTheme.FontFamily);
        w.WriteAttributeString("font-size", F(FontSize));
        w.WriteAttributeString("class", mode);
        Rect(w, 0, 0, width, height, theme.Background);
        Text(w, Pad, Pad + 14, label, theme.Foreground, size: 14, weight: "600");
    }

    private static void Empty(XmlWriter w, WidgetText text, WidgetTheme theme, string caption, WidgetRequest request)
    {
        var width = (int)Math.Ceiling(Math.Max(480, Pad * 2 + TextWidth(caption, 14)));
        Root(w, width, 96, request.Width, caption, theme, "empty");
        Text(w, Pad, Pad + CaptionHeight + 24, text.Empty, theme.Muted);
        w.WriteEndElement();
    }

    private static void Picture(XmlWriter w, WidgetGraph graph, WidgetRequest request, WidgetText text, WidgetTheme theme, string caption)
    {
        var flows = request.Mode == WidgetMode.Flows;
        var layout = flows ? WidgetLayout.Flows(graph, text, caption) : WidgetLayout.Paths(graph, text, caption);
        var height = layout.Height + (graph.Shown < graph.Total ? (int)LineHeight : 0);
        Root(w, layout.Width, height, request.Width, caption, theme, flows ? "flows" : "paths");
        w.WriteElementString("desc", Safe(string.Join("\n", graph.PathTexts)));

        if (!flows)
        {
            w.WriteStartElement("defs");
            w.WriteStartElement("marker");
            w.WriteAttributeString("id", "lineage-arrow");
            w.WriteAttributeString("viewBox", "0 0 8 8");
            w.WriteAttributeString("refX", "8");
            w.WriteAttributeString("refY", "4");
            w.WriteAttributeString("markerWidth", "8");
            w.WriteAttributeString("markerHeight", "8");
            w.WriteAttributeString("orient", "auto");
            w.WriteStartElement("path");
            w.WriteAttributeString("d", "M0 0L8 4L0 8z");
            w.WriteAttributeString("fill", theme.Link);
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteStartElement("g");
        w.WriteAttributeString("aria-hidden", "true");
        foreach (var item in layout.Legend)
        {
            w.WriteStartElement("rect");
            w.WriteAttributeString("x", F(item.X));
            w.WriteAttributeString("y", F(item.Y + 2));
            w.WriteAttributeString("width", "12");
            w.WriteAttributeString("height", "12");
            w.WriteAttributeString("rx", "2");
            w.WriteAttributeString("fill", WidgetTheme.ColourOf(item.Code));
            w.WriteEndElement();
            Text(w, item.X + 18, item.Y + 12, item.Code, theme.Muted, size: 12);
        }
        w.WriteEndElement();

        var names = graph.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        w.WriteStartElement("g");
        w.WriteAttributeString("class", "links");
        foreach (var l in layout.Links)
        {
            var from = names[l.Link.From];
            var to = names[l.Link.To];
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "link");
            w.WriteAttributeString("data-from", from.Id);
            w.WriteAttributeString("data-to", to.Id);
            w.WriteElementString("title", Safe(Evidence(l.Link, from, to, text)));
            w.WriteStartElement("path");
            w.WriteAttributeString("d", l.D);
            w.WriteAttributeString("fill", "none");
            w.WriteAttributeString("stroke", flows ? WidgetTheme.ColourOf(from.Ministry) : theme.Link);
            w.WriteAttributeString("stroke-width", F(l.StrokeWidth));
            if (flows) w.WriteAttributeString("stroke-opacity", "0.4");
            else w.WriteAttributeString("marker-end", "url(#lineage-arrow)");
            w.WriteEndElement();
            if (!flows)
            {
                Rect(w, l.LabelX - l.LabelW / 2, l.LabelY - 9, l.LabelW, 16, theme.LabelBackground, rx: 3, opacity: "0.92");
                Text(w, l.LabelX, l.LabelY + 3, l.Label, theme.Muted, size: 11, anchor: "middle");
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("g");
        w.WriteAttributeString("class", "nodes");
        foreach (var n in layout.Nodes)
        {
            var colour = WidgetTheme.ColourOf(n.Node.Ministry);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "node");
            w.WriteAttributeString("data-program-id", n.Node.Id);
            w.WriteAttributeString("data-ministry", n.Node.Ministry);
            w.WriteElementString("title", Safe($"{n.Node.Name} ({n.Node.Ministry}) {n.Node.Id}"));
            if (flows)
            {
                Rect(w, n.X, n.Y, n.W, n.H, colour);
            }
            else
            {
                Rect(w, n.X, n.Y, n.W, n.H, theme.Node, rx: 6, stroke: colour);
                Rect(w, n.X, n.Y, 6, n.H, colour, rx: 2);
            }
            w.WriteStartElement("text");
            w.WriteAttributeString("x", F(n.TextX));
            w.WriteAttributeString("y", F(n.TextY));
            w.WriteAttributeString("fill", theme.Foreground);
            if (n.Anchor != "start") w.WriteAttributeString("text-anchor", n.Anchor);
            for (var i = 0; i < n.Lines.Count; i++)
            {
                w.WriteStartElement("tspan");
                w.WriteAttributeString("x", F(n.TextX));
                w.WriteAttributeString("dy", i == 0 ? "0" : F(LineHeight));
                w.WriteString(Safe(n.Lines[i]));
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        if (graph.Shown < graph.Total)
            Text(w, Pad, height - Pad / 2, text.Truncated(graph.Shown, graph.Total), theme.Muted, size: 12);
        w.WriteEndElement();
    }

    /// <summary>The hover text of a curve: each transfer with its seed, stage, years and verbatim evidence.</summary>
    private static string Evidence(GraphLink link, GraphNode from, GraphNode to, WidgetText text)
    {
        var sb = new StringBuilder().Append(from.Name).Append(" → ").Append(to.Name);
        foreach (var t in link.Transfers)
        {
            sb.Append('\n').Append(t.Seed ?? text.Aggregate).Append(" · ").Append(text.Stage(t.Stage));
            var years = new[] { t.FromFiscalYear, t.ToFiscalYear }.OfType<int>().ToList();
            if (years.Count > 0) sb.Append(" · ").Append(text.Years(years.Min(), years.Max()));
            if (t.Count is { } count) sb.Append(" · ").Append(text.Seeds(count));
            foreach (var e in t.Evidence) sb.Append("\n「").Append(e.Quote).Append("」 — ").Append(e.Source);
        }
        return sb.ToString();
    }

    private static void Rect(XmlWriter w, double x, double y, double width, double height, string fill, double rx = 0, string? stroke = null, string? opacity = null)
    {
        w.WriteStartElement("rect");
        w.WriteAttributeString("x", F(x));
        w.WriteAttributeString("y", F(y));
        w.WriteAttributeString("width", F(width));
        w.WriteAttributeString("height", F(height));
        if (rx > 0) w.WriteAttributeString("rx", F(rx));
        w.WriteAttributeString("fill", fill);
        if (opacity is not null) w.WriteAttributeString("fill-opacity", opacity);
        if (stroke is not null)
        {
            w.WriteAttributeString("stroke", stroke);
            w.WriteAttributeString("stroke-width", "1.5");
        }
        w.WriteEndElement();
    }

    private static void Text(XmlWriter w, double x, double y, string content, string fill, double size = FontSize, string? anchor = null, string? weight = null)
    {
        w.WriteStartElement("text");
        w.WriteAttributeString("x", F(x));
        w.WriteAttributeString("y", F(y));
        w.WriteAttributeString("fill", fill);
        if (size != FontSize) w.WriteAttributeString("font-size", F(size));
        if (anchor is not null) w.WriteAttributeString("text-anchor", anchor);
        if (weight is not null) w.WriteAttributeString("font-weight", weight);
        w.WriteString(Safe(content));
        w.WriteEndElement();
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Characters XML cannot hold at all (control characters, lone surrogates) become U+FFFD instead of failing the picture.</summary>
    internal static string Safe(string s)
    {
        var ok = true;
        for (var i = 0; i < s.Length && ok; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i])) i++;
            else ok = XmlConvert.IsXmlChar(s[i]);
        }
        if (ok) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
            {
                sb.Append(s[i]).Append(s[i + 1]);
                i++;
            }
            else sb.Append(XmlConvert.IsXmlChar(s[i]) ? s[i] : '\uFFFD');
        }
        return sb.ToString();
    }
}
