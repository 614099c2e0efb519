namespace Lineage.Rendering.Scenes;

/// <summary>
/// One picture, laid out: every box, line of text and edge with its coordinates and colours. The SVG, the PNG
/// (rasterised from that SVG) and the web component (which fetches this as JSON) all draw exactly this, so
/// there is one layout. Coordinates are in the picture's own units (<see cref="Width"/> × <see cref="Height"/>).
/// </summary>
public sealed record Scene(
    SceneKind Kind,
    string Lang,
    string Theme,
    double Width,
    double Height,
    string Title,
    string Description,
    string Background,
    string FontFamily,
    IReadOnlyList<SceneBox> Boxes,
    IReadOnlyList<SceneEdge> Edges,
    IReadOnlyList<SceneText> Texts,
    SceneTable Table,
    SceneStyle Style);

public enum SceneKind { Paths, Flows, Empty }

public enum BoxKind
{
    /// <summary>A program (or, in an aggregated picture, a ministry).</summary>
    Program,
    /// <summary>What went along one pair of programs: seeds, stage, fiscal years; carries the evidence.</summary>
    Handoff,
    /// <summary>A cohort: one total shared by the programs that received it.</summary>
    Cohort,
    Title,
    Legend,
    Note,
}

/// <summary>How an edge is drawn: a stated hand-off solid; an inferred one (data basis INFERRED) dashed, with its reason; a cohort's unknown share dotted.</summary>
public enum EdgeStyle { Stated, Inferred, ShareNotReported }

/// <summary>A rectangle with its texts inside it. Focusable boxes are the ones a reader can hover, tab to or click.</summary>
public sealed record SceneBox(
    string Id,
    BoxKind Kind,
    double X,
    double Y,
    double W,
    double H,
    string Fill,
    string? Stroke,
    string? Accent,
    string? ProgramId,
    string? Ministry,
    string Label,
    IReadOnlyList<SceneHandOff> Evidence,
    bool Focusable);

/// <summary>One line of text; <see cref="Box"/> is the box it belongs to (and stays inside). Y is the baseline.</summary>
public sealed record SceneText(string Box, double X, double Y, string Text, double Size, bool Bold, string Fill);

/// <summary>
/// A drawn connection between two boxes: an SVG path, its width (a band's width is its seeds in flows mode)
/// and style. <see cref="HandOff"/> is the hand-off box whose evidence it carries.
/// </summary>
public sealed record SceneEdge(
    string Id,
    string From,
    string To,
    string? HandOff,
    string D,
    double Width,
    string Stroke,
    double Opacity,
    EdgeStyle Style,
    string? Reason,
    bool Arrow);

/// <summary>One transfer as the hover shows it: seed, stage, years, how many, and the verbatim quotes.</summary>
/// <param name="Inferred">For a hand-off no source states (basis INFERRED): that it was inferred, and from what, in words; null when stated.</param>
public sealed record SceneHandOff(string TransferId, string Seed, string Stage, int? FromFiscalYear, int? ToFiscalYear, string? Years, int? Count, string? Cohort, IReadOnlyList<SceneQuote> Quotes, string? Inferred = null);

public sealed record SceneQuote(string Quote, string Source);

/// <summary>The text alternative: the same content as a table, for screen readers and for copying.</summary>
public sealed record SceneTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>The theme colours the component needs for what it draws itself (focus ring, tooltip).</summary>
public sealed record SceneStyle(string Text, string Muted, string Box, string Edge, string Focus);
