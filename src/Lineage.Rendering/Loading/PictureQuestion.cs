using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Rendering.Themes;

namespace Lineage.Rendering.Loading;

public enum PictureMode { Paths, Flows }

/// <summary>
/// What a picture answers: the lineage question (flows mode reads the same selectors, stage and years),
/// and how to draw it: language, theme and the width to lay it out at (the height follows).
/// </summary>
public sealed record PictureQuestion(PictureMode Mode, LineageQuery Query, Language Lang, ThemeName Theme, int Width)
{
    public const int DefaultWidth = 960;
    public const int MinWidth = 200;
    public const int MaxWidth = 4000;
}
