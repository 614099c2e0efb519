using System.Globalization;
using Lineage.Core.Model;

namespace Lineage.Rendering.Text;

/// <summary>Every word a picture prints, in Japanese and English, in one place (the component prints the scene's words, none of its own but its status lines).</summary>
public sealed class Words
{
    public static readonly Words En = new()
    {
        Lang = "en",
        Stages = ["Seed", "Joint research", "Prototype", "Practical use", "Commercialized"],
        Any = "any program",
        AllMinistries = "every ministry",
        Empty = "No lineage matches these settings.",
        Paths = n => n == 1 ? "1 path" : $"{N(n)} paths",
        AtLeast = s => $"reached {s.ToLowerInvariant()} or further",
        Lineage = "Lineage",
        Flows = "Flows",
        Truncated = (n, total) => $"Showing the first {N(n)} of {N(total)} paths.",
        FiscalYears = (a, b) => a == b ? $"FY{a}" : $"FY{a}–{b}",
        FiscalWindow = (a, b) => $"fiscal years {a ?? "…"}–{b ?? "…"}",
        Seeds = n => n == 1 ? "1 seed" : $"{N(n)} seeds",
        HandOffs = n => n == 1 ? "1 hand-off" : $"{N(n)} hand-offs",
        SeedsInHandOffs = (s, h) => $"{(s == 1 ? "1 seed" : $"{N(s)} seeds")} in {(h == 1 ? "1 hand-off" : $"{N(h)} hand-offs")}",
        Unnamed = n => n == 1 ? "1 unnamed seed" : $"{N(n)} unnamed seeds",
        UnnamedUnknown = "unnamed seeds (number not given)",
        CohortSplit = (total, programs) => $"{(total == 1 ? "1 seed" : $"{N(total)} seeds")}, split between {N(programs)} programs; shares not reported",
        CohortShare = total => $"part of a cohort of {(total == 1 ? "1 seed" : $"{N(total)} seeds")}; the split between programs is not reported",
        Inferred = inference => $"Inferred, not stated by a source: {inference}",
        InferredLine = "dashed: no source states this hand-off; it was inferred (see each hand-off)",
        Handed = "handed on",
        Received = "received",
        GroupedByMinistry = n => $"{N(n)} programs are too many to draw one by one: grouped by ministry.",
        TopFlows = (shown, more) => $"The {N(shown)} largest flows are drawn; {N(more)} more are listed in the table only.",
        PathsFootnote = "Each path follows one seed from program to program; a box between two programs lists what was handed on, the stage it reached in the receiving program and the fiscal years (April–March).",
        FlowsFootnote = "Counted: a named seed once however many programs received it; an unnamed hand-off its stated number (1 when the source gives none); a cohort's total once, shared by the programs that received it, since the source does not say how it was split.",
        Figure = "Lineage graph",
        TableSeed = "Seed",
        TableRoute = "Route",
        TableStage = "Stage reached",
        TableYears = "Fiscal years",
        TableFrom = "From",
        TableTo = "To",
        TableSeeds = "Seeds",
        TableHandOffs = "Hand-offs",
        Aggregate = "unnamed seeds",
        Arrow = " → ",
        ListSeparator = ", ",
    };

    public static readonly Words Ja = new()
    {
        Lang = "ja",
        Stages = ["シーズ", "共同研究", "試作", "実用化", "事業化"],
        Any = "全事業",
        AllMinistries = "全府省",
        Empty = "条件に合う系譜はありません。",
        Paths = n => $"{N(n)}件",
        AtLeast = s => $"{s}以上に到達",
        Lineage = "系譜",
        Flows = "流れ",
        Truncated = (n, total) => $"全{N(total)}件のうち先頭{N(n)}件を表示しています。",
        FiscalYears = (a, b) => a == b ? $"{a}年度" : $"{a}–{b}年度",
        FiscalWindow = (a, b) => $"{a ?? "…"}–{b ?? "…"}年度",
        Seeds = n => $"シーズ{N(n)}件",
        HandOffs = n => $"移行{N(n)}件",
        SeedsInHandOffs = (s, h) => $"シーズ{N(s)}件（移行{N(h)}件）",
        Unnamed = n => $"名称のないシーズ{N(n)}件",
        UnnamedUnknown = "名称のないシーズ（件数の記載なし）",
        CohortSplit = (total, programs) => $"シーズ{N(total)}件を{N(programs)}事業で分担（内訳の記載なし）",
        CohortShare = total => $"一括のシーズ{N(total)}件の一部（事業ごとの内訳の記載なし）",
        Inferred = inference => $"資料に明記はなく推定した移行: {inference}",
        InferredLine = "破線: 資料に明記のない、推定した移行（各移行の説明を参照）",
        Handed = "移行元",
        Received = "移行先",
        GroupedByMinistry = n => $"事業が{N(n)}件と多いため、府省ごとにまとめて描いています。",
        TopFlows = (shown, more) => $"件数の多い{N(shown)}件の流れを描いています。残り{N(more)}件は表にのみ載せています。",
        PathsFootnote = "各経路は一つのシーズの事業から事業への移行をたどります。事業の間の枠は、移行したシーズ、移行先で到達した段階、年度（4月–3月）を示します。",
        FlowsFootnote = "数え方：名称のあるシーズは受け入れた事業の数にかかわらず1件、名称のない移行は記載の件数（記載がなければ1件）、一括の件数は受け入れた事業の間で1回だけ数えます（資料に内訳がないため）。",
        Figure = "系譜図",
        TableSeed = "シーズ",
        TableRoute = "経路",
        TableStage = "到達段階",
        TableYears = "年度",
        TableFrom = "移行元",
        TableTo = "移行先",
        TableSeeds = "シーズ",
        TableHandOffs = "移行",
        Aggregate = "名称のないシーズ",
        Arrow = " → ",
        ListSeparator = "、",
    };

    public static Words For(Language lang) => lang == Language.En ? En : Ja;

    public required string Lang { get; init; }
    public required IReadOnlyList<string> Stages { get; init; }
    public required string Any { get; init; }
    public required string AllMinistries { get; init; }
    public required string Empty { get; init; }
    public required Func<int, string> Paths { get; init; }
    public required Func<string, string> AtLeast { get; init; }
    public required string Lineage { get; init; }
    public required string Flows { get; init; }
    public required Func<int, int, string> Truncated { get; init; }
    public required Func<string, string, string> FiscalYears { get; init; }
    public required Func<string?, string?, string> FiscalWindow { get; init; }
    public required Func<int, string> Seeds { get; init; }
    public required Func<int, string> HandOffs { get; init; }
    public required Func<int, int, string> SeedsInHandOffs { get; init; }
    public required Func<int, string> Unnamed { get; init; }
    public required string UnnamedUnknown { get; init; }
    public required Func<int, int, string> CohortSplit { get; init; }
    public required Func<int, string> CohortShare { get; init; }
    /// <summary>What a hand-off no source states says on hover, with the dataset's own account of the inference.</summary>
    public required Func<string, string> Inferred { get; init; }
    /// <summary>What a dashed line says on hover.</summary>
    public required string InferredLine { get; init; }
    public required string Handed { get; init; }
    public required string Received { get; init; }
    public required Func<int, string> GroupedByMinistry { get; init; }
    public required Func<int, int, string> TopFlows { get; init; }
    public required string PathsFootnote { get; init; }
    public required string FlowsFootnote { get; init; }
    public required string Figure { get; init; }
    public required string TableSeed { get; init; }
    public required string TableRoute { get; init; }
    public required string TableStage { get; init; }
    public required string TableYears { get; init; }
    public required string TableFrom { get; init; }
    public required string TableTo { get; init; }
    public required string TableSeeds { get; init; }
    public required string TableHandOffs { get; init; }
    public required string Aggregate { get; init; }
    public required string Arrow { get; init; }
    public required string ListSeparator { get; init; }

    public string Stage(Stage stage) => Stages[(int)stage];

    /// <summary>"FY2005–2008", or null when no year is known.</summary>
    public string? Years(IEnumerable<int?> years)
    {
        var known = years.OfType<int>().ToList();
        return known.Count == 0 ? null : FiscalYears(N(known.Min()), N(known.Max()));
    }

    public static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
