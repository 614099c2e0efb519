// Transfers aggregated by (source, target) — the ministries in charge or the programs — for a Sankey diagram
// (FlowQuery); answered like the SQLite store's flows.sql. Each transfer counts on its own (one hop): its from-program
// must match `from` and its to-program `to`, with lineage.cypher's selector semantics (a ministry brings its agencies
// and sub-programs; a region matches programs confined to it, or the seed's project located in it).
// Seeds of a row (FlowRow): each named project once, an aggregate transfer its count (1 when the source gives none),
// each cohort of the row's project-less transfers its total once.
// @param from MAP selector {ministries: [code], agencies: [id], programs: [id], regions: [id]}
// @param to MAP selector, same shape as from
// @param group STRING 'Ministry' or 'Program'
// @param fyFrom INTEGER? earliest fiscal year a transfer may leave its program
// @param fyTo INTEGER? latest fiscal year a transfer may arrive
// @param minRank INTEGER stage rank a transfer must reach (SEED = 0 … COMMERCIALIZED = 4)
WITH COLLECT {
       MATCH (m:Ministry) WHERE m.code IN $from.ministries RETURN m.id AS id
       UNION
       MATCH (a:Agency)-[:UNDER]->(m:Ministry) WHERE m.code IN $from.ministries RETURN a.id AS id
     } + $from.agencies AS fromOrgs,
     COLLECT {
       MATCH (m:Ministry) WHERE m.code IN $to.ministries RETURN m.id AS id
       UNION
       MATCH (a:Agency)-[:UNDER]->(m:Ministry) WHERE m.code IN $to.ministries RETURN a.id AS id
     } + $to.agencies AS toOrgs,
     COLLECT {
       MATCH (r:Region)-[:WITHIN]->+(top:Region) WHERE top.id IN $from.regions RETURN DISTINCT r.id AS id
     } + $from.regions AS fromRegions,
     COLLECT {
       MATCH (r:Region)-[:WITHIN]->+(top:Region) WHERE top.id IN $to.regions RETURN DISTINCT r.id AS id
     } + $to.regions AS toRegions
MATCH (a:Program)-[t:TRANSFERRED_TO]->(b:Program)
WHERE t.stageRank >= $minRank
  AND ($fyFrom IS NULL OR t.fromFiscalYear >= $fyFrom)
  AND ($fyTo IS NULL OR t.toFiscalYear <= $fyTo)
  AND (size($from.ministries) + size($from.agencies) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN fromOrgs })
  AND (size($from.programs) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $from.programs })
  AND (size($from.regions) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN fromRegions }
       OR EXISTS { MATCH (p:Project)-[:IN_REGION]->(r:Region) WHERE p.id = t.projectId AND r.id IN fromRegions })
  AND (size($to.ministries) + size($to.agencies) = 0
       OR EXISTS { MATCH (b)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN toOrgs })
  AND (size($to.programs) = 0
       OR EXISTS { MATCH (b)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $to.programs })
  AND (size($to.regions) = 0
       OR EXISTS { MATCH (b)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN toRegions }
       OR EXISTS { MATCH (p:Project)-[:IN_REGION]->(r:Region) WHERE p.id = t.projectId AND r.id IN toRegions })
// The ministry in charge of a program: its runner, or the runner's ministry when an agency runs it.
WITH t,
     CASE $group
       WHEN 'Ministry' THEN COLLECT { MATCH (a)-[:RUN_BY]->()-[:UNDER]->{0,1}(m:Ministry) RETURN m.id AS id }[0]
       ELSE a.id
     END AS source,
     CASE $group
       WHEN 'Ministry' THEN COLLECT { MATCH (b)-[:RUN_BY]->()-[:UNDER]->{0,1}(m:Ministry) RETURN m.id AS id }[0]
       ELSE b.id
     END AS target
ORDER BY t.id
WITH source, target,
     collect(t.id) AS transfers,
     collect(DISTINCT t.projectId) AS projects,
     collect(DISTINCT t.cohort) AS cohorts,
     collect(DISTINCT CASE WHEN t.projectId IS NULL THEN t.cohort END) AS seedCohorts,
     sum(CASE WHEN t.projectId IS NULL AND t.cohort IS NULL THEN coalesce(t.count, 1) ELSE 0 END) AS aggregateSeeds
WITH source, target, transfers, projects, cohorts,
     size(projects) + aggregateSeeds
     + reduce(total = 0, x IN COLLECT { MATCH (c:Cohort) WHERE c.id IN seedCohorts RETURN c.total AS total } | total + coalesce(x, 0)) AS seeds
RETURN source, target, seeds, transfers, projects, cohorts
ORDER BY source, target
