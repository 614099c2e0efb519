using GraphQL;
using GraphQL.Types;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Lineage;

/// <summary>Program.downstream and Program.upstream: the lineage question with the program at one end, batched over a page of programs.</summary>
internal static class ProgramLineageFields
{
    public static void AddLineageFields(this ObjectGraphType<Program> type)
    {
        Add(type, "downstream", LineageDirection.Downstream,
            "Seeds handed on from this program (or its phases and parts), each followed as far as it went within maxHops; one path per branch.");
        Add(type, "upstream", LineageDirection.Upstream,
            "Seeds that reached this program (or its phases and parts), each from the earliest program it left within maxHops; one path per branch.");
    }

    private static void Add(ObjectGraphType<Program> type, string name, LineageDirection direction, string description) =>
        type.Field<NonNullGraphType<LineageConnectionType>>(name)
            .Description(description)
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = LineageQuery.DefaultMaxHops; a.Description = $"Longest path, in hand-offs (1–{LineageQuery.MaxMaxHops})."; })
            .Argument<StageType>("minStage", a => a.Description = "Keep paths whose last step reached at least this stage.")
            .Argument<IntGraphType>("fiscalYearFrom", a => a.Description = "Only hand-offs that left their program in or after this fiscal year.")
            .Argument<IntGraphType>("fiscalYearTo", a => a.Description = "Only hand-offs that arrived in or before this fiscal year.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = LineageQuery.DefaultPageSize; a.Description = $"Page size (0–{LineageQuery.MaxPageSize})."; })
            .Argument<StringGraphType>("after", a => a.Description = "pageInfo.endCursor of the previous page.")
            .Argument<ListGraphType<NonNullGraphType<BasisType>>>("basis", a => a.Description = "Only hand-offs of these bases, every step of a path; omitted: both.")
            .Resolve(c =>
            {
                var key = new ProgramLineageKey(c.Source.Id, direction,
                    c.GetArgument("maxHops", LineageQuery.DefaultMaxHops), c.GetArgument<Stage?>("minStage"),
                    c.GetArgument<int?>("fiscalYearFrom"), c.GetArgument<int?>("fiscalYearTo"),
                    c.GetArgument("first", LineageQuery.DefaultPageSize), c.GetArgument<string?>("after"),
                    c.GetArgument<List<Basis>?>("basis") is { Count: > 0 } basis ? string.Join(',', basis.Distinct().Order()) : null);
                // Checked here, so an argument over its limit fails this field alone, before any batch runs.
                key.ToQuery().Validated();
                return c.Exploration().Lineage.Load(key);
            });
}
