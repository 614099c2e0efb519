using Lineage.Core.Model;

namespace Lineage.Server.Widgets;

public enum WidgetThemeName { Light, Dark }

/// <summary>
/// Colours of the static picture, written as attributes (PDF and slide tools often ignore CSS). The
/// ministry colours and the two palettes are the component's (src/Lineage.Widgets/src/theme.js).
/// </summary>
public sealed record WidgetTheme(string Background, string Foreground, string Muted, string Node, string Link, string LabelBackground)
{
    public static readonly WidgetTheme Light = new("#ffffff", "#1b1f24", "#57606a", "#ffffff", "#8c959f", "#ffffff");
    public static readonly WidgetTheme Dark = new("#111418", "#e6edf3", "#9ba5b0", "#1d232b", "#6e7781", "#111418");

    public static WidgetTheme For(WidgetThemeName name) => name == WidgetThemeName.Dark ? Dark : Light;

    /// <summary>Japanese fonts first (the names differ per platform), then Latin ones; the viewer uses the first it has.</summary>
    public const string FontFamily =
        "'Noto Sans CJK JP', 'Noto Sans JP', 'Source Han Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'Meiryo', 'IPAexGothic', 'Noto Sans', 'Segoe UI', system-ui, sans-serif";

    public const string OtherMinistry = "#888888";

    public static string ColourOf(string ministry) => ministry switch
    {
        nameof(MinistryCode.CAO) => "#7f3c8d",
        nameof(MinistryCode.MIC) => "#11a579",
        nameof(MinistryCode.MEXT) => "#3969ac",
        nameof(MinistryCode.MHLW) => "#e73f74",
        nameof(MinistryCode.MAFF) => "#80ba5a",
        nameof(MinistryCode.METI) => "#e68310",
        nameof(MinistryCode.MLIT) => "#008695",
        nameof(MinistryCode.MOE) => "#cf1c90",
        _ => OtherMinistry,
    };
}
