using GraphQL;
using GraphQL.Types;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Core.Store;
using Lineage.GraphQL.Entities;
using Lineage.GraphQL.Flows;
using Lineage.GraphQL.Lineage;
using Lineage.GraphQL.Search;
using Lineage.GraphQL.Loaders;
using Lineage.GraphQL.Types;

namespace Lineage.GraphQL.Queries;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<LineageConnectionType>>("lineage")
            .Description("Seeds handed on from programs matching `from` to programs matching `to`, one path per branch: each path follows one seed " +
                "from its earliest program matching `from` to its furthest program matching `to` that fit within maxHops, and reached at least minStage " +
                "in its last step. Ordered by the fiscal year the seed left the path's first program (unknown last), then seed id, then transfer ids. " +
                "A selector naming an id that is not in the graph is an INVALID_ARGUMENT error naming it.")
            .Argument<ProgramSelectorInputType>("from", a => a.Description = "Where paths start; omitted: any program.")
            .Argument<ProgramSelectorInputType>("to", a => a.Description = "Where paths end; omitted: any program.")
            .Argument<StageType>("minStage", a => a.Description = "Keep paths whose last step reached at least this stage.")
            .Argument<IntGraphType>("maxHops", a => { a.DefaultValue = LineageQuery.DefaultMaxHops; a.Description = $"Longest path, in hand-offs (1–{LineageQuery.MaxMaxHops})."; })
            .Argument<IntGraphType>("fiscalYearFrom", a => a.Description = "Only hand-offs that left their program in or after this fiscal year.")
            .Argument<IntGraphType>("fiscalYearTo", a => a.Description = "Only hand-offs that arrived in or before this fiscal year.")
            .Argument<IntGraphType>("first", a => { a.DefaultValue = LineageQuery.DefaultPageSize; a.Description = $"Page size (0–{LineageQuery.MaxPageSize})."; })
            .Argument<StringGraphType>("after", a => a.Description = "pageInfo.endCursor of the previous page.")
            .Argument<ListGraphType<NonNullGraphType<BasisType>>>("basis", a => a.Description = "Only hand-offs of these bases, every step of a path (STATED: a source says it; INFERRED: rebuilt); omitted: both.")
            .ResolveAsync(async c =>
            {
                var query = new LineageQuery(
                    c.GetArgument<ProgramSelector?>("from") ?? ProgramSelector.Any,
                    c.GetArgument<ProgramSelector?>("to") ?? ProgramSelector.Any,
                    c.GetArgument<Stage?>("minStage"),
                    c.GetArgument("maxHops", LineageQuery.DefaultMaxHops),
                    c.GetArgument<int?>("fiscalYearFrom"),
                    c.GetArgument<int?>("fiscalYearTo"),
                    c.GetArgument("first", LineageQuery.DefaultPageSize),
                    c.GetArgument<string?>("after"),
                    c.GetArgument<List<Basis>?>("basis"));
                return await c.Store().QueryLineageAsync(query.Validated(), c.CancellationToken);
            });

        Field<ProgramType>("program")
            .Description("One program by id; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.LoadOfKind(c.GetArgument<string>("id"), NodeKind.Program));

        this.EntityConnection<object?, ProgramType, ProgramFilterInputType>("programs", NodeKind.Program, "Programs, phases and parts.");
        this.EntityConnection<object?, OrganizationType, OrganizationFilterInputType>("organizations", NodeKind.Organization, "Universities, companies, institutes, local governments, associations and offices.");
        this.EntityConnection<object?, RegionType, RegionFilterInputType>("regions", NodeKind.Region, "Blocks, prefectures, cities and areas.");
        this.EntityConnection<object?, ProjectType, ProjectFilterInputType>("projects", NodeKind.Project, "Projects: the seeds carried through programs.");
        this.EntityConnection<object?, TransferType, TransferFilterInputType>("transfers", NodeKind.Transfer, "Hand-offs between programs.");
        this.EntityConnection<object?, ClusterProjectType, ClusterProjectFilterInputType>("clusterProjects", NodeKind.ClusterProject, "Regional projects of programs.");
        this.EntityConnection<object?, OutcomeType, OutcomeFilterInputType>("outcomes", NodeKind.Outcome, "Results: products, ventures, patents, sales…");
        this.EntityConnection<object?, SourceType, SourceFilterInputType>("sources", NodeKind.Source, "The source documents.");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MinistryType>>>>("ministries")
            .Description("Every ministry, by id.")
            .ResolveAsync(async c => (await c.Store().ListNodesAsync(new NodeQuery(NodeKind.Ministry, First: LineageQuery.MaxPageSize), c.CancellationToken)).Nodes);

        Field<NodeInterface>("node")
            .Description("Anything by its id (program:…, org:…, transfer:…); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.LoadNode(c.GetArgument<string>("id")));

        this.AddFlowsField();
        this.AddSearchField();

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Several nodes by id, in the order asked; null for an unknown id (at most {LineageQuery.MaxPageSize}).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > LineageQuery.MaxPageSize)
                    throw new InvalidQueryException("ids", $"nodes takes at most {LineageQuery.MaxPageSize} ids (got {ids.Count}).");
                var found = (await c.Store().GetNodesAsync(ids, c.CancellationToken)).ToDictionary(x => x.Id, StringComparer.Ordinal);
                return ids.Select(id => found.GetValueOrDefault(id)).ToList();
            });
    }
}
