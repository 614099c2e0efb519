namespace Lineage.Rendering.Scenes;

/// <summary>A paragraph of a box: wrapped to the box's width, never cut.</summary>
internal sealed record Block(string Text, double Size, bool Bold, bool Muted);

/// <summary>A box of the graph before layout: what it says and what it stands for.</summary>
internal sealed record DiagramNode(string Id, BoxKind Kind, IReadOnlyList<Block> Blocks, string? ProgramId, string? Ministry, string Label, IReadOnlyList<SceneHandOff> Evidence);

/// <summary>An edge before layout; <see cref="Ministry"/> colours a flows band (null: the theme's edge colour, with an arrow).</summary>
internal sealed record DiagramEdge(int From, int To, double Thickness, EdgeStyle Style, string? HandOff, string? Ministry, string? Reason);

/// <summary>What a picture shows, before it is laid out: the graph, the lines above and below it, and its text alternative.</summary>
internal sealed record Diagram(
    IReadOnlyList<DiagramNode> Nodes,
    IReadOnlyList<DiagramEdge> Edges,
    string Count,
    IReadOnlyList<string> Notices,
    IReadOnlyList<string> Legend,
    string Footnote,
    SceneTable Table);
