using System.Globalization;
using System.Text;
using System.Xml;
using Lineage.Rendering.Scenes;

namespace Lineage.Rendering.Output;

/// <summary>
/// The scene as one self-contained SVG (no script, no external reference, colours as attributes) for PDFs,
/// Word files and slides — and the source the PNG is rasterised from. Every name and quote goes through
/// XmlWriter, so it is escaped wherever it lands. Same scene, same bytes.
/// </summary>
public static class SvgWriter
{
    private const string Ns = "http://www.w3.org/2000/svg";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        OmitXmlDeclaration = false,
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
    };

    /// <param name="displayWidth">The width attribute (the picture scales to it); default: the scene's own width.</param>
    public static byte[] Write(Scene scene, double? displayWidth = null)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, Settings))
        {
            var shown = displayWidth ?? scene.Width;
            w.WriteStartElement("svg", Ns);
            w.WriteAttributeString("width", F(shown));
            w.WriteAttributeString("height", F(Math.Ceiling(scene.Height * shown / scene.Width)));
            w.WriteAttributeString("viewBox", $"0 0 {F(scene.Width)} {F(scene.Height)}");
            w.WriteAttributeString("role", "img");
            w.WriteAttributeString("aria-labelledby", "lineage-title lineage-desc");
            w.WriteAttributeString("font-family", scene.FontFamily);
            w.WriteAttributeString("class", Kind(scene.Kind));
            w.WriteAttributeString("data-lang", scene.Lang);
            w.WriteAttributeString("data-theme", scene.Theme);
            Element(w, "title", scene.Title, ("id", "lineage-title"));
            Element(w, "desc", scene.Description.Length > 0 ? scene.Description : scene.Title, ("id", "lineage-desc"));

            w.WriteStartElement("defs");
            w.WriteStartElement("marker");
            Attrs(w, ("id", "lineage-arrow"), ("viewBox", "0 0 8 8"), ("refX", "8"), ("refY", "4"), ("markerWidth", "7"), ("markerHeight", "7"), ("orient", "auto"));
            w.WriteStartElement("path");
            Attrs(w, ("d", "M0 0L8 4L0 8z"), ("fill", scene.Style.Edge));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();

            w.WriteStartElement("rect");
            Attrs(w, ("class", "background"), ("x", "0"), ("y", "0"), ("width", F(scene.Width)), ("height", F(scene.Height)), ("fill", scene.Background));
            w.WriteEndElement();

            var boxes = scene.Boxes.ToDictionary(b => b.Id, StringComparer.Ordinal);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "edges");
            foreach (var e in scene.Edges)
            {
                w.WriteStartElement("g");
                Attrs(w, ("class", "edge"), ("data-edge-id", e.Id), ("data-from", e.From), ("data-to", e.To), ("data-style", Style(e.Style)));
                if (e.HandOff is not null) w.WriteAttributeString("data-handoff", e.HandOff);
                if (e.HandOff is not null && boxes.TryGetValue(e.HandOff, out var owner)) Element(w, "title", Hover.Text(owner, e));
                w.WriteStartElement("path");
                Attrs(w, ("d", e.D), ("fill", "none"), ("stroke", e.Stroke), ("stroke-width", F(e.Width)));
                if (e.Opacity < 1) w.WriteAttributeString("stroke-opacity", F(e.Opacity));
                if (e.Style == EdgeStyle.Inferred) w.WriteAttributeString("stroke-dasharray", "6 4");
                if (e.Style == EdgeStyle.ShareNotReported) w.WriteAttributeString("stroke-dasharray", "2 3");
                if (e.Arrow) w.WriteAttributeString("marker-end", "url(#lineage-arrow)");
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();

            var texts = scene.Texts.ToLookup(t => t.Box, StringComparer.Ordinal);
            w.WriteStartElement("g");
            w.WriteAttributeString("class", "boxes");
            foreach (var b in scene.Boxes)
            {
                w.WriteStartElement("g");
                Attrs(w, ("class", "box " + Kind(b.Kind)), ("id", b.Id), ("data-kind", Kind(b.Kind)));
                if (b.ProgramId is not null) w.WriteAttributeString("data-program-id", b.ProgramId);
                if (b.Ministry is not null) w.WriteAttributeString("data-ministry", b.Ministry);
                if (b.Focusable) Element(w, "title", Hover.Text(b, null));
                w.WriteStartElement("rect");
                Attrs(w, ("class", "frame"), ("x", F(b.X)), ("y", F(b.Y)), ("width", F(b.W)), ("height", F(b.H)), ("fill", b.Fill));
                if (b.Kind is BoxKind.Program or BoxKind.Handoff or BoxKind.Cohort) w.WriteAttributeString("rx", "5");
                if (b.Stroke is not null)
                {
                    w.WriteAttributeString("stroke", b.Stroke);
                    w.WriteAttributeString("stroke-width", "1.5");
                    if (b.Kind == BoxKind.Cohort) w.WriteAttributeString("stroke-dasharray", "5 3");
                }
                w.WriteEndElement();
                if (b.Accent is not null)
                {
                    var (ax, ay, aw, ah) = b.Kind == BoxKind.Legend ? (b.X, b.Y + (b.H - 12) / 2, 12.0, 12.0) : (b.X, b.Y, 5.0, b.H);
                    w.WriteStartElement("rect");
                    Attrs(w, ("class", "accent"), ("x", F(ax)), ("y", F(ay)), ("width", F(aw)), ("height", F(ah)), ("fill", b.Accent));
                    w.WriteEndElement();
                }
                foreach (var t in texts[b.Id])
                {
                    w.WriteStartElement("text");
                    Attrs(w, ("data-box", b.Id), ("x", F(t.X)), ("y", F(t.Y)), ("fill", t.Fill), ("font-size", F(t.Size)));
                    if (t.Bold) w.WriteAttributeString("font-weight", "bold");
                    w.WriteString(Safe(t.Text));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return stream.ToArray();
    }

    public static string Kind(SceneKind kind) => kind switch { SceneKind.Flows => "flows", SceneKind.Empty => "empty", _ => "paths" };

    public static string Kind(BoxKind kind) => kind switch
    {
        BoxKind.Program => "program",
        BoxKind.Handoff => "handoff",
        BoxKind.Cohort => "cohort",
        BoxKind.Title => "title",
        BoxKind.Legend => "legend",
        _ => "note",
    };

    public static string Style(EdgeStyle style) => style switch { EdgeStyle.Inferred => "inferred", EdgeStyle.ShareNotReported => "share-not-reported", _ => "stated" };

    private static void Element(XmlWriter w, string name, string text, params (string Name, string Value)[] attributes)
    {
        w.WriteStartElement(name);
        Attrs(w, attributes);
        w.WriteString(Safe(text));
        w.WriteEndElement();
    }

    private static void Attrs(XmlWriter w, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes) w.WriteAttributeString(name, Safe(value));
    }

    internal static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Characters XML cannot hold at all (control characters, lone surrogates) become U+FFFD instead of failing the picture.</summary>
    public static string Safe(string s)
    {
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
