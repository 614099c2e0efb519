namespace Lineage.Widgets.Tests.Geometry;

/// <summary>The corpus's rules catch what they are for: each broken picture below draws one mistake, and the rules name it.</summary>
public sealed class GeometryRulesTests
{
    private static Drawn Picture(params DrawnText[] texts) => new()
    {
        Width = 400,
        Height = 200,
        Background = "#ffffff",
        Title = "系譜: 文部科学省 → 経済産業省",
        Boxes =
        [
            new DrawnBox { Id = "a", Kind = "program", ProgramId = "program:a", R = [10, 10, 150, 40], Fill = "#ffffff", Accent = "#3969ac" },
            new DrawnBox { Id = "b", Kind = "handoff", R = [200, 10, 150, 40], Fill = "#ffffff" },
        ],
        Texts = [.. texts],
    };

    private static readonly Dictionary<string, string> Names = new() { ["program:a"] = "地域結集型共同研究事業" };

    private static List<string> Check(Drawn d, params string[] seeds) => GeometryRules.Check("test", d, Names, seeds).ToList();

    private static DrawnText Text(string box, string text, double x, double y, double w, string fill = "#1b1f24") =>
        new() { Box = box, Text = text, R = [x, y, w, 16], Fill = fill };

    [Fact]
    public void A_clean_picture_has_no_problems()
    {
        Assert.Empty(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130), Text("b", "金属光造形複合加工機", 210, 15, 130)), "金属光造形複合加工機"));
    }

    [Fact]
    public void Each_mistake_is_named()
    {
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 200))), p => p.Contains("outside its box a", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130), Text("b", "研究開発事業（", 210, 15, 100))), p => p.Contains("ends with （ (kinsoku)", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130), Text("b", "、試作", 210, 15, 60))), p => p.Contains("starts with 、", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "program:a", 20, 15, 100))), p => p.Contains("shows the id program:a", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同…", 20, 15, 100))), p => p.Contains("not the whole name", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130, "#cccccc"))), p => p.Contains("< 4.5", StringComparison.Ordinal));
        Assert.Contains(Check(Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130)), "金属光造形複合加工機"), p => p.Contains("is not named", StringComparison.Ordinal));
        var overlapping = Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130), Text("a", "文部科学省", 20, 25, 80));
        Assert.Contains(Check(overlapping), p => p.Contains("overlap", StringComparison.Ordinal));
        var crossing = Picture(Text("a", "地域結集型共同研究事業", 20, 15, 130));
        crossing.Edges.Add(new DrawnEdge { From = "a", To = "b", Stroke = "#57606a", Points = [[100, 30], [270, 30]] });
        Assert.Contains(Check(crossing), p => p.Contains("runs through b", StringComparison.Ordinal));
        crossing.Edges[0].Stroke = "#dddddd";
        Assert.Contains(Check(crossing), p => p.Contains("< 3", StringComparison.Ordinal));
    }
}
