namespace Lineage.Store.Neo4j.Cypher;

/// <summary>The statements the store sends, by name; each is a file in <c>cypher/</c>.</summary>
internal static class Statements
{
    public static readonly IReadOnlyList<CypherStatement> Schema = CypherFiles.GetAll("schema.cypher");
    public static readonly CypherStatement Ping = CypherFiles.Get("ping.cypher");
    public static readonly CypherStatement IsEmpty = CypherFiles.Get("is-empty.cypher");
    public static readonly CypherStatement GetNodes = CypherFiles.Get("get-nodes.cypher");
    public static readonly CypherStatement Export = CypherFiles.Get("export.cypher");
    public static readonly CypherStatement ListNodes = CypherFiles.Get("list-nodes.cypher");
    public static readonly CypherStatement ListTransfers = CypherFiles.Get("list-transfers.cypher");
    public static readonly CypherStatement TransfersOut = CypherFiles.Get("transfers-out.cypher");
    public static readonly CypherStatement TransfersIn = CypherFiles.Get("transfers-in.cypher");
    public static readonly CypherStatement ImportNodes = CypherFiles.Get("import-nodes.cypher");
    public static readonly CypherStatement ImportTransfers = CypherFiles.Get("import-transfers.cypher");
    public static readonly CypherStatement BumpDataVersion = CypherFiles.Get("bump-data-version.cypher");

    // What the lineage engine reads: the program catalogue per data version, the hand-offs per question.
    public static readonly CypherStatement GraphVersion = CypherFiles.Get("graph-version.cypher");
    public static readonly CypherStatement GraphMinistries = CypherFiles.Get("graph-ministries.cypher");
    public static readonly CypherStatement GraphAgencies = CypherFiles.Get("graph-agencies.cypher");
    public static readonly CypherStatement GraphPrograms = CypherFiles.Get("graph-programs.cypher");
    public static readonly CypherStatement GraphRegions = CypherFiles.Get("graph-regions.cypher");
    public static readonly CypherStatement GraphProjects = CypherFiles.Get("graph-projects.cypher");
    public static readonly CypherStatement GraphCohorts = CypherFiles.Get("graph-cohorts.cypher");
    public static readonly CypherStatement LineageHandOffs = CypherFiles.Get("lineage-handoffs.cypher");
    public static readonly CypherStatement FlowHandOffs = CypherFiles.Get("flow-handoffs.cypher");
    public static readonly CypherStatement ImportLinks = CypherFiles.Get("import-links.cypher");
    public static readonly CypherStatement ListLinks = CypherFiles.Get("list-links.cypher");
    public static readonly CypherStatement DeleteNodes = CypherFiles.Get("delete-nodes.cypher");
    public static readonly CypherStatement DeleteTransfers = CypherFiles.Get("delete-transfers.cypher");
    public static readonly CypherStatement DeleteLinks = CypherFiles.Get("delete-links.cypher");

    // The exploration ports (IEntityQueries, IFlowQueries, ISearchQueries).
    public static readonly CypherStatement ListEntities = CypherFiles.Get("list-entities.cypher");
    public static readonly CypherStatement ListEntityTransfers = CypherFiles.Get("list-entity-transfers.cypher");
    public static readonly CypherStatement Referencing = CypherFiles.Get("referencing.cypher");
    public static readonly CypherStatement ReferencingTransfers = CypherFiles.Get("referencing-transfers.cypher");
    public static readonly CypherStatement ReferencingLinks = CypherFiles.Get("referencing-links.cypher");
    public static readonly CypherStatement Search = CypherFiles.Get("search.cypher");
}
