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
    public static readonly CypherStatement Lineage = CypherFiles.Get("lineage.cypher");
    public static readonly CypherStatement ImportNodes = CypherFiles.Get("import-nodes.cypher");
    public static readonly CypherStatement ImportTransfers = CypherFiles.Get("import-transfers.cypher");
    public static readonly CypherStatement DeleteNodes = CypherFiles.Get("delete-nodes.cypher");
    public static readonly CypherStatement DeleteTransfers = CypherFiles.Get("delete-transfers.cypher");

    // The exploration ports (IEntityQueries, IFlowQueries, ISearchQueries).
    public static readonly CypherStatement ListEntities = CypherFiles.Get("list-entities.cypher");
    public static readonly CypherStatement ListEntityTransfers = CypherFiles.Get("list-entity-transfers.cypher");
    public static readonly CypherStatement Referencing = CypherFiles.Get("referencing.cypher");
    public static readonly CypherStatement ReferencingTransfers = CypherFiles.Get("referencing-transfers.cypher");
    public static readonly CypherStatement Flows = CypherFiles.Get("flows.cypher");
    public static readonly CypherStatement Search = CypherFiles.Get("search.cypher");
}
