// The lineage question of DESIGN.md §3, answered like the SQLite store's lineage.sql (the conformance suite checks that).
// A path is a first hand-off leaving a program matching `from`, then hand-offs of the same project, each starting
// where the previous one ended (a quantified path pattern), ending at a program matching `to`. Each seed once: its
// path from the first matching hand-off (by fiscal year, then id) to the furthest matching end; minStage is judged on
// that path's last hand-off. Ordered by sort key '<fiscal year the seed left, 9999 if unknown>|<seed>'.
// @param from MAP selector {ministries: [code], agencies: [id], programs: [id], regions: [id]}
// @param to MAP selector, same shape as from
// @param fyFrom INTEGER? earliest fiscal year a hand-off may leave its program
// @param fyTo INTEGER? latest fiscal year a hand-off may arrive
// @param maxHops INTEGER at most 8 (the quantifier below allows 1 + 7 hops; quantifiers cannot be parameters)
// @param minRank INTEGER stage rank the last hand-off must reach (SEED = 0 … COMMERCIALIZED = 4)
// @param after STRING? sort key after which the page starts
// @param limit INTEGER page size plus one

// Organizations each selector names: a ministry brings its agencies; agency ids count as given.
// Regions each selector names, with every region within them.
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

// The first hand-off: inside the fiscal-year window (an unknown year never passes a bound) and leaving a program
// that matches `from` itself or through a program it is part of; a region matches the program's regions or the seed's.
MATCH (a:Program)-[first:TRANSFERRED_TO]->(b:Program)
WHERE ($fyFrom IS NULL OR first.fromFiscalYear >= $fyFrom)
  AND ($fyTo IS NULL OR first.toFiscalYear <= $fyTo)
  AND (size($from.ministries) + size($from.agencies) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN fromOrgs })
  AND (size($from.programs) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $from.programs })
  AND (size($from.regions) = 0
       OR EXISTS { MATCH (a)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN fromRegions }
       OR EXISTS { MATCH (p:Project)-[:IN_REGION]->(r:Region) WHERE p.id = first.projectId AND r.id IN fromRegions })

// Then the same seed onwards: hand-offs of the same project (an aggregate hand-off has none, so it stays one hop),
// each in the window; MATCH never repeats a relationship within a path, and `more <> first` keeps the first one out too.
MATCH (b)
      (()-[more:TRANSFERRED_TO WHERE more <> first
                                 AND more.projectId = first.projectId
                                 AND ($fyFrom IS NULL OR more.fromFiscalYear >= $fyFrom)
                                 AND ($fyTo IS NULL OR more.toFiscalYear <= $fyTo)]->(:Program)){0,7}
      (last:Program)
WHERE size(more) < $maxHops
  AND (size($to.ministries) + size($to.agencies) = 0
       OR EXISTS { MATCH (last)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(org) WHERE org.id IN toOrgs })
  AND (size($to.programs) = 0
       OR EXISTS { MATCH (last)-[:PART_OF]->*(anc:Program) WHERE anc.id IN $to.programs })
  AND (size($to.regions) = 0
       OR EXISTS { MATCH (last)-[:PART_OF]->*(:Program)-[:IN_REGION]->(r:Region) WHERE r.id IN toRegions }
       OR EXISTS { MATCH (p:Project)-[:IN_REGION]->(r:Region) WHERE p.id = first.projectId AND r.id IN toRegions })

WITH coalesce(first.projectId, first.id) AS seed, first.projectId AS project, [first] + more AS steps
WITH seed, project, steps, substring(reduce(ids = '', s IN steps | ids + ',' + s.id), 1) AS idsKey
// Each seed once: the earliest first hand-off (fiscal years, unknown last, then id), then the longest way, then ids.
ORDER BY seed,
         steps[0].fromFiscalYear IS NULL, steps[0].fromFiscalYear,
         steps[0].toFiscalYear IS NULL, steps[0].toFiscalYear,
         steps[0].id, size(steps) DESC, idsKey
WITH seed, project, head(collect(steps)) AS steps
// "Reached stage S" is the kept path's last hand-off; a shorter path that reached S does not stand in for it.
WHERE last(steps).stageRank >= $minRank
// Fiscal years are validated to four digits (1980-2035); right() pads anything shorter like printf('%04d').
WITH seed, project, steps,
     right('000' + toString(coalesce(steps[0].fromFiscalYear, 9999)), 4) + '|' + seed AS sortKey
ORDER BY sortKey
WITH collect({seed: seed, project: project, sortKey: sortKey, steps: [s IN steps | s.json]}) AS answers
// The total comes with every page, even an empty one past the end.
RETURN size(answers) AS total,
       [x IN answers WHERE $after IS NULL OR x.sortKey > $after][..$limit] AS page
