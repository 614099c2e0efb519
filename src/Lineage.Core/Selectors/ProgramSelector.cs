using Lineage.Core.Model;

namespace Lineage.Core.Selectors;

/// <summary>
/// Which programs an end of a lineage path may be. Within one list any value matches; across lists
/// all given lists must match (MEXT programs in Shizuoka). A ministry matches programs run by it or
/// by its agencies; a ministry, agency or program id also matches every sub-program below them.
/// A region matches programs confined to it, and seeds whose project is located in it, sub-regions included.
/// An empty selector matches every program.
/// </summary>
public sealed record ProgramSelector(
    IReadOnlyList<MinistryCode> Ministries,
    IReadOnlyList<string> Agencies,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Regions)
{
    public static ProgramSelector Any { get; } = new([], [], [], []);

    public bool IsAny => Ministries.Count == 0 && Agencies.Count == 0 && Programs.Count == 0 && Regions.Count == 0;

    public static ProgramSelector ForMinistries(params MinistryCode[] codes) => Any with { Ministries = codes };
    public static ProgramSelector ForPrograms(params string[] ids) => Any with { Programs = ids };
}
