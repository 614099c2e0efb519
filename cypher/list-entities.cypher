// A filtered page of one kind of entity node (EntityQuery; transfers have list-entity-transfers.cypher), ordered by id
// (keyset pagination on id), with the total of all matches; answered like the SQLite store's list-entities.sql.
// References are the ref<Relation> list properties and fiscal years the fyFrom/fyTo properties written at import
// (Relations.Of / Relations.FiscalYears); names are the normalized searchNames. An empty list or null filter matches
// everything; the store has checked that each given filter applies to the kind.
// @param prefix STRING id prefix of the kind, e.g. 'program:'
// @param ministries LIST<STRING> ministry codes
// @param agencies LIST<STRING> agency ids
// @param kinds LIST<STRING> kinds within the kind (CITY, UNIVERSITY, VENTURE)
// @param regions LIST<STRING> region ids; sub-regions included
// @param programs LIST<STRING> program ids; phases and parts included
// @param projects LIST<STRING> project ids
// @param organizations LIST<STRING> organization ids
// @param parent STRING? id of the direct parent program
// @param fyFrom INTEGER? covers a fiscal year at or after this one
// @param fyTo INTEGER? covers a fiscal year at or before this one
// @param name STRING? normalized part of a name (SearchText.Normalize)
// @param after STRING? id after which the page starts
// @param limit INTEGER page size plus one

// Runners the ministry filter names (the ministries and their agencies), and the regions named with everything within.
WITH COLLECT {
       MATCH (m:Ministry) WHERE m.code IN $ministries RETURN m.id AS id
       UNION
       MATCH (a:Agency)-[:UNDER]->(m:Ministry) WHERE m.code IN $ministries RETURN a.id AS id
     } AS ministryRunners,
     COLLECT {
       MATCH (r:Region)-[:WITHIN]->+(top:Region) WHERE top.id IN $regions RETURN DISTINCT r.id AS id
     } + $regions AS regionIds
// Programs matching each program filter, sub-programs included (a program inherits its ancestors' runner and identity).
WITH regionIds,
     COLLECT {
       MATCH (p:Program)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN ministryRunners RETURN DISTINCT p.id AS id
     } AS ministryPrograms,
     COLLECT {
       MATCH (p:Program)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN $agencies RETURN DISTINCT p.id AS id
     } AS agencyPrograms,
     COLLECT {
       MATCH (p:Program)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $programs RETURN DISTINCT p.id AS id
     } AS namedPrograms

MATCH (n:Node)
WHERE n.id STARTS WITH $prefix
  AND ($name IS NULL OR any(s IN coalesce(n.searchNames, []) WHERE s CONTAINS $name))
  AND (size($kinds) = 0 OR n.kind IN $kinds)
  AND ($parent IS NULL OR $parent IN coalesce(n.refParent, []))
  AND (size($organizations) = 0
       OR any(o IN coalesce(n.refParticipant, []) + coalesce(n.refOffice, []) WHERE o IN $organizations))
  AND (size($projects) = 0
       OR any(p IN coalesce(n.refProject, []) WHERE p IN $projects)
       OR EXISTS { MATCH (pr:Project) WHERE pr.id IN $projects AND n.id IN coalesce(pr.refParticipant, []) })
  AND (size($regions) = 0
       OR (n:Region AND n.id IN regionIds)
       OR any(r IN coalesce(n.refRegion, []) WHERE r IN regionIds)
       OR (n:Program AND EXISTS { MATCH (n)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN regionIds })
       OR (n:Outcome AND EXISTS {
             MATCH (x:Node)
             WHERE (x.id IN coalesce(n.refProject, []) OR x.id IN coalesce(n.refClusterProject, []))
               AND any(r IN coalesce(x.refRegion, []) WHERE r IN regionIds)
           }))
  // Fiscal years: the node's own; a project's are those of its transfers (unknown years never match).
  AND ($fyFrom IS NULL AND $fyTo IS NULL
       OR (n.fyFrom IS NOT NULL AND ($fyFrom IS NULL OR n.fyTo >= $fyFrom) AND ($fyTo IS NULL OR n.fyFrom <= $fyTo))
       OR (n:Project AND EXISTS {
             MATCH ()-[t:TRANSFERRED_TO]->()
             WHERE t.projectId = n.id AND coalesce(t.fromFiscalYear, t.toFiscalYear) IS NOT NULL
             WITH min(coalesce(t.fromFiscalYear, t.toFiscalYear)) AS first, max(coalesce(t.toFiscalYear, t.fromFiscalYear)) AS last
             WHERE first IS NOT NULL AND ($fyFrom IS NULL OR last >= $fyFrom) AND ($fyTo IS NULL OR first <= $fyTo)
             RETURN first
           }))

// The programs a node is tied to: a program itself; a cluster project's or outcome's program; an outcome's cluster
// project's program; the ends of the transfers of a project, of an outcome's project, of an organization's projects;
// the programs of the cluster projects an organization is the office of.
WITH n, ministryPrograms, agencyPrograms, namedPrograms,
     CASE WHEN size($ministries) + size($agencies) + size($programs) = 0 THEN []
          ELSE CASE WHEN n:Program THEN [n.id] ELSE [] END
               + coalesce(n.refProgram, [])
               + COLLECT {
                   MATCH (c:ClusterProject)
                   WHERE c.id IN coalesce(n.refClusterProject, []) OR n.id IN coalesce(c.refOffice, [])
                   UNWIND coalesce(c.refProgram, []) AS program
                   RETURN program
                 }
               + COLLECT {
                   WITH CASE WHEN n:Project THEN [n.id] ELSE [] END
                        + coalesce(n.refProject, [])
                        + COLLECT { MATCH (pr:Project) WHERE n.id IN coalesce(pr.refParticipant, []) RETURN pr.id } AS seeds
                   MATCH (a:Program)-[t:TRANSFERRED_TO]->(b:Program)
                   WHERE t.projectId IN seeds
                   UNWIND [a.id, b.id] AS program
                   RETURN program
                 }
     END AS tied
WHERE (size($ministries) = 0
       OR (n:Agency AND EXISTS { MATCH (n)-[:UNDER]->(m:Ministry) WHERE m.code IN $ministries })
       OR any(p IN tied WHERE p IN ministryPrograms))
  AND (size($agencies) = 0 OR any(p IN tied WHERE p IN agencyPrograms))
  AND (size($programs) = 0 OR any(p IN tied WHERE p IN namedPrograms))
WITH n
ORDER BY n.id
WITH collect(n) AS matching
RETURN size(matching) AS total,
       [x IN [y IN matching WHERE $after IS NULL OR y.id > $after][..$limit] | {id: x.id, json: x.json}] AS page
