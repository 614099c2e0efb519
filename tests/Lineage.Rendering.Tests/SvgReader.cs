using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Lineage.Rendering.Tests;

/// <summary>Reads back what an SVG shows: its boxes (by kind) and the visible lines of text in each.</summary>
internal sealed class SvgReader
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public SvgReader(byte[] bytes)
    {
        Document = XDocument.Parse(Encoding.UTF8.GetString(bytes));
        Boxes = Document.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? "").StartsWith("box ", StringComparison.Ordinal))
            .Select(g =>
            {
                var frame = g.Elements(Svg + "rect").First(r => (string?)r.Attribute("class") == "frame");
                var accent = g.Elements(Svg + "rect").FirstOrDefault(r => (string?)r.Attribute("class") == "accent");
                return new Box((string)g.Attribute("id")!, (string)g.Attribute("data-kind")!, (string?)g.Attribute("data-program-id"),
                    D(frame, "x"), D(frame, "y"), D(frame, "width"), D(frame, "height"), (string)frame.Attribute("fill")!,
                    accent is null ? null : (D(accent, "x"), D(accent, "y"), D(accent, "width"), D(accent, "height"), (string)accent.Attribute("fill")!),
                    g.Elements(Svg + "text").Select(t => t.Value).ToList());
            }).ToList();
    }

    public XDocument Document { get; }

    public IReadOnlyList<Box> Boxes { get; }

    public IEnumerable<Box> OfKind(string kind) => Boxes.Where(b => b.Kind == kind);

    public double Width => D(Document.Root!, "width");

    public IReadOnlyList<string> AllText => Boxes.SelectMany(b => b.Lines).ToList();

    /// <summary>Lines as one text: a line that broke after a hyphen or slash joins the next directly, others with the space they broke at.</summary>
    public static string Join(IReadOnlyList<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0 && sb[^1] is not ('-' or '/' or '–')) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    internal sealed record Box(string Id, string Kind, string? ProgramId, double X, double Y, double W, double H, string Fill,
        (double X, double Y, double W, double H, string Fill)? Accent, IReadOnlyList<string> Lines)
    {
        /// <summary>The box's text as one string: Japanese lines joined directly, English with the spaces they broke at.</summary>
        public string Text => Join(Lines);

        public string Compact => string.Concat(Lines).Replace(" ", "", StringComparison.Ordinal);
    }
}
