namespace Lineage.Core.Flows;

/// <summary>
/// The hand-offs from one source (a ministry or program id) to one target.
/// <para><see cref="Seeds"/> counts seeds as follows, so that no seed is counted twice within a row:</para>
/// <list type="bullet">
/// <item>a named project counts 1, however many of the row's transfers carry it;</item>
/// <item>an aggregate transfer (no project, no cohort) counts its <c>count</c>, or 1 when the source gives no number
///   (at least one seed went);</item>
/// <item>a cohort counts its total once per row, whatever its transfers' own counts; the total belongs to the cohort,
///   so when a cohort's transfers reach several rows each of them shows the whole total and lists the cohort in
///   <see cref="Cohorts"/>: summing seeds over rows counts such a cohort once per row it reaches.</item>
/// </list>
/// </summary>
public sealed record FlowRow(
    string Source,
    string Target,
    int Seeds,
    IReadOnlyList<string> Transfers,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Cohorts);
