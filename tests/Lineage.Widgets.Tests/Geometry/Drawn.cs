namespace Lineage.Widgets.Tests.Geometry;

/// <summary>A picture as Chromium laid it out (measure.js): rectangles are [x, y, width, height] in the picture's units.</summary>
public sealed class Drawn
{
    public double Width { get; set; }
    public double Height { get; set; }
    public double DrawnWidth { get; set; }
    public string Background { get; set; } = "";
    public string Title { get; set; } = "";
    public List<DrawnBox> Boxes { get; set; } = [];
    public List<DrawnText> Texts { get; set; } = [];
    public List<DrawnEdge> Edges { get; set; } = [];
}

public sealed class DrawnBox
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? ProgramId { get; set; }
    public double[] R { get; set; } = [];
    public string Fill { get; set; } = "";
    public string? Accent { get; set; }
}

public sealed class DrawnText
{
    public string? Box { get; set; }
    public string Text { get; set; } = "";
    public double[] R { get; set; } = [];
    public string Fill { get; set; } = "";
}

public sealed class DrawnEdge
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Stroke { get; set; } = "";
    public List<double[]> Points { get; set; } = [];
}
