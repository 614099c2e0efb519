// A filtered page of transfers (EntityQuery of kind Transfer), ordered by id, with the total of all matches; answered
// like the SQLite store's list-entities.sql. A transfer is tied to both its programs (and so to their runners and
// ancestors), is in their regions and its project's, covers its fiscal years (fyFrom/fyTo, written at import).
// @param ministries LIST<STRING> ministry codes
// @param agencies LIST<STRING> agency ids
// @param regions LIST<STRING> region ids; sub-regions included
// @param programs LIST<STRING> program ids; phases and parts included
// @param projects LIST<STRING> project ids
// @param fyFrom INTEGER? covers a fiscal year at or after this one
// @param fyTo INTEGER? covers a fiscal year at or before this one
// @param minRank INTEGER? stage rank the transfer must reach (SEED = 0 … COMMERCIALIZED = 4)
// @param after STRING? id after which the page starts
// @param limit INTEGER page size plus one
WITH COLLECT {
       MATCH (m:Ministry) WHERE m.code IN $ministries RETURN m.id AS id
       UNION
       MATCH (a:Agency)-[:UNDER]->(m:Ministry) WHERE m.code IN $ministries RETURN a.id AS id
     } AS ministryRunners,
     COLLECT {
       MATCH (r:Region)-[:WITHIN]->+(top:Region) WHERE top.id IN $regions RETURN DISTINCT r.id AS id
     } + $regions AS regionIds
MATCH (a:Program)-[t:TRANSFERRED_TO]->(b:Program)
WHERE (size($projects) = 0 OR t.projectId IN $projects)
  AND ($minRank IS NULL OR t.stageRank >= $minRank)
  AND ($fyFrom IS NULL AND $fyTo IS NULL
       OR (t.fyFrom IS NOT NULL AND ($fyFrom IS NULL OR t.fyTo >= $fyFrom) AND ($fyTo IS NULL OR t.fyFrom <= $fyTo)))
  AND (size($ministries) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN ministryRunners }
       OR EXISTS { MATCH (b)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN ministryRunners })
  AND (size($agencies) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN $agencies }
       OR EXISTS { MATCH (b)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN $agencies })
  AND (size($programs) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $programs }
       OR EXISTS { MATCH (b)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $programs })
  AND (size($regions) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN regionIds }
       OR EXISTS { MATCH (b)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN regionIds }
       OR EXISTS { MATCH (p:Project) WHERE p.id = t.projectId AND any(r IN coalesce(p.refRegion, []) WHERE r IN regionIds) })
WITH t
ORDER BY t.id
WITH collect(t) AS matching
RETURN size(matching) AS total,
       [x IN [y IN matching WHERE $after IS NULL OR y.id > $after][..$limit] | {id: x.id, json: x.json}] AS page
