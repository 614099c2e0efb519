using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;

namespace Lineage.Core.Flows;

/// <summary>What the ends of a flow are: the ministries in charge of the two programs, or the programs themselves.</summary>
public enum FlowGrouping { Ministry, Program }

/// <summary>
/// Which transfers to aggregate. Each transfer counts on its own (one hop): its `from` program must match
/// <see cref="From"/> and its `to` program <see cref="To"/>, with the same selector semantics as lineage
/// (a ministry includes its agencies and sub-programs; a region matches programs confined to it or seeds located in it).
/// Fiscal years, minimum stage and basis filter transfers as in <see cref="LineageQuery"/>.
/// </summary>
public sealed record FlowQuery(
    FlowGrouping GroupBy,
    ProgramSelector From,
    ProgramSelector To,
    Stage? MinStage = null,
    int? FiscalYearFrom = null,
    int? FiscalYearTo = null,
    IReadOnlyList<Basis>? Basis = null)
{
    public FlowQuery Validated()
    {
        if (FiscalYearFrom > FiscalYearTo)
            throw new InvalidQueryException("fiscalYearFrom", $"fiscalYearFrom ({FiscalYearFrom}) is after fiscalYearTo ({FiscalYearTo}).");
        return this;
    }
}
