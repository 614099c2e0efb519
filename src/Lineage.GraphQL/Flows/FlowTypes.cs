using GraphQL;
using GraphQL.Types;
using Lineage.Core.Flows;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.GraphQL.Lineage;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Flows;

public sealed class FlowGroupingType : EnumerationGraphType<FlowGrouping>
{
    public FlowGroupingType()
    {
        Name = "FlowGrouping";
        Description = "What the ends of a flow are: MINISTRY (the ministry in charge of each program; an agency's program counts for its ministry) or PROGRAM.";
    }
}

/// <summary>One link of a Sankey diagram.</summary>
public sealed class FlowType : ObjectGraphType<FlowRow>
{
    public FlowType()
    {
        Name = "Flow";
        Description = "Hand-offs from one ministry (or program) to another. seedCount counts each named project once, an aggregate " +
            "hand-off its count (1 when the source gives no number), and a cohort its total once; a cohort whose hand-offs reach " +
            "several flows shows its whole total in each of them and is listed in `cohorts`.";
        Field<NonNullGraphType<IdGraphType>>("sourceId").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("targetId").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<NodeInterface>>("source").Description("A Ministry or a Program, as grouped.").Resolve(c => c.LoadNode(c.Source.Source));
        Field<NonNullGraphType<NodeInterface>>("target").Description("A Ministry or a Program, as grouped.").Resolve(c => c.LoadNode(c.Source.Target));
        Field<NonNullGraphType<IntGraphType>>("transferCount").Description("Hand-offs (TRANSFERRED_TO edges) in this flow.").Resolve(c => c.Source.Transfers.Count);
        Field<NonNullGraphType<IntGraphType>>("seedCount").Description("Seeds that went along this flow (see Flow).").Resolve(c => c.Source.Seeds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransferType>>>>("transfers").Description("The hand-offs, by id.")
            .Resolve(c => c.Source.Transfers.Select(c.LoadNode).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects").Description("The named seeds, by id.")
            .Resolve(c => c.Source.Projects.Select(c.LoadNode).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortType>>>>("cohorts").Description("Cohorts whose total is counted here (and in every other flow they reach).")
            .Resolve(c => c.Source.Cohorts.Select(c.LoadNode).ToList());
    }
}

internal static class FlowsField
{
    public static void AddFlowsField(this ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlowType>>>>("flows")
            .Description("Hand-offs aggregated by ministry or program — the data behind a Sankey diagram. Each hand-off counts on its own (one hop), " +
                "its `from` program matching `from` and its `to` program matching `to`. Ordered by source id, then target id.")
            .Argument<NonNullGraphType<FlowGroupingType>>("groupBy")
            .Argument<ProgramSelectorInputType>("from", a => a.Description = "Hand-offs leaving programs that match; omitted: any program.")
            .Argument<ProgramSelectorInputType>("to", a => a.Description = "Hand-offs arriving in programs that match; omitted: any program.")
            .Argument<StageType>("minStage", a => a.Description = "Only hand-offs that reached at least this stage.")
            .Argument<IntGraphType>("fiscalYearFrom", a => a.Description = "Only hand-offs that left their program in or after this fiscal year.")
            .Argument<IntGraphType>("fiscalYearTo", a => a.Description = "Only hand-offs that arrived in or before this fiscal year.")
            .Argument<ListGraphType<NonNullGraphType<BasisType>>>("basis", a => a.Description = "Only hand-offs of these bases (STATED: a source says it; INFERRED: rebuilt); omitted: both.")
            .ResolveAsync(async c => await c.Port<IFlowQueries>().QueryFlowsAsync(new FlowQuery(
                c.GetArgument<FlowGrouping>("groupBy"),
                c.GetArgument<ProgramSelector?>("from") ?? ProgramSelector.Any,
                c.GetArgument<ProgramSelector?>("to") ?? ProgramSelector.Any,
                c.GetArgument<Stage?>("minStage"),
                c.GetArgument<int?>("fiscalYearFrom"),
                c.GetArgument<int?>("fiscalYearTo"),
                c.GetArgument<List<Basis>?>("basis")).Validated(), c.CancellationToken));
}
