using Lineage.Core.Model;

namespace Lineage.Server.Widgets;

/// <summary>The widget's words in Japanese and English; the same as the component's (src/Lineage.Widgets/src/i18n.js).</summary>
public sealed class WidgetText
{
    public static readonly WidgetText En = new()
    {
        Stages = ["Seed", "Joint research", "Prototype", "Practical use", "Commercialized"],
        Any = "any program",
        Empty = "No lineage matches these settings.",
        Paths = n => n == 1 ? "1 path" : $"{n} paths",
        AtLeast = s => $"{s} or further",
        Lineage = "Lineage",
        Flows = "Flows",
        Truncated = (n, total) => $"Showing the first {n} of {total} paths.",
        FiscalYear = (a, b) => a == b ? $"FY{a}" : $"FY{a}–{b}",
        Program = "Program",
        Seeds = n => n == 1 ? "1 seed" : $"{n} seeds",
        HandOffs = n => n == 1 ? "1 hand-off" : $"{n} hand-offs",
        Aggregate = "aggregate hand-off",
        Figure = "Lineage graph",
    };

    public static readonly WidgetText Ja = new()
    {
        Stages = ["シーズ", "共同研究", "試作", "実用化", "事業化"],
        Any = "全事業",
        Empty = "条件に合う系譜はありません。",
        Paths = n => $"{n}件",
        AtLeast = s => $"{s}以上",
        Lineage = "系譜",
        Flows = "流れ",
        Truncated = (n, total) => $"全{total}件のうち先頭{n}件を表示しています。",
        FiscalYear = (a, b) => a == b ? $"{a}年度" : $"{a}–{b}年度",
        Program = "事業",
        Seeds = n => $"シーズ{n}件",
        HandOffs = n => $"移行{n}件",
        Aggregate = "一括の移行",
        Figure = "系譜図",
    };

    public static WidgetText For(Language lang) => lang == Language.En ? En : Ja;

    public required IReadOnlyList<string> Stages { get; init; }
    public required string Any { get; init; }
    public required string Empty { get; init; }
    public required Func<int, string> Paths { get; init; }
    public required Func<string, string> AtLeast { get; init; }
    public required string Lineage { get; init; }
    public required string Flows { get; init; }
    public required Func<int, int, string> Truncated { get; init; }
    public required Func<string, string, string> FiscalYear { get; init; }
    public required string Program { get; init; }
    public required Func<int, string> Seeds { get; init; }
    public required Func<int, string> HandOffs { get; init; }
    public required string Aggregate { get; init; }
    public required string Figure { get; init; }

    public string Stage(Stage stage) => Stages[(int)stage];

    public string Years(int a, int b) => FiscalYear(Num(a), Num(b));

    private static string Num(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"×3 · Commercialized · FY2005–2008": seeds when more than one, the furthest stage, the fiscal years received.</summary>
    public string LinkLabel(GraphLink link)
    {
        var parts = new List<string>();
        if (link.Value > 1) parts.Add("×" + Num(link.Value));
        parts.Add(Stage(link.Stage));
        var years = link.Transfers.Select(t => t.ToFiscalYear ?? t.FromFiscalYear).OfType<int>().ToList();
        if (years.Count > 0) parts.Add(Years(years.Min(), years.Max()));
        return string.Join(" · ", parts);
    }

    /// <summary>"Lineage: MEXT → METI · Commercialized or further · 3 paths".</summary>
    public string Caption(WidgetRequest request, int total)
    {
        string Side(IReadOnlyList<string> s) => s.Count > 0 ? string.Join(", ", s) : Any;
        var parts = new List<string> { $"{(request.Mode == WidgetMode.Flows ? Flows : Lineage)}: {Side(request.From)} → {Side(request.To)}" };
        if (request.Query.MinStage is { } min) parts.Add(AtLeast(Stage(min)));
        if (request.Query.FiscalYearFrom is not null || request.Query.FiscalYearTo is not null)
            parts.Add(FiscalYear(request.Query.FiscalYearFrom is { } a ? Num(a) : "", request.Query.FiscalYearTo is { } b ? Num(b) : ""));
        parts.Add(request.Mode == WidgetMode.Flows ? HandOffs(total) : Paths(total));
        return string.Join(" · ", parts);
    }
}
