// The hand-offs a lineage question can use, for the engine in Lineage.Core to answer over (the rules of DESIGN.md §3
// live there, once). A path's first hand-off leaves a program `from` can match and its last enters one `to` can
// match, so the seeds worth reading are those with a hand-off on the narrower side; the store passes that side's
// resolved program ids and leaves the other null. For each such seed every hand-off of its project inside the
// fiscal-year window comes back (the transfer_project index finds them); an aggregate hand-off comes back alone.
// @param fromPrograms LIST<STRING>? programs a path may start at; null: not narrowed on this side
// @param toPrograms LIST<STRING>? programs a path may end at; null: not narrowed on this side
// @param fyFrom INTEGER? earliest fiscal year a hand-off may leave its program (an unknown year never passes a bound)
// @param fyTo INTEGER? latest fiscal year a hand-off may arrive
MATCH (a:Program)-[t:TRANSFERRED_TO]->(b:Program)
WHERE ($fromPrograms IS NULL OR a.id IN $fromPrograms)
  AND ($toPrograms IS NULL OR b.id IN $toPrograms)
  AND ($fyFrom IS NULL OR t.fromFiscalYear >= $fyFrom)
  AND ($fyTo IS NULL OR t.toFiscalYear <= $fyTo)
WITH collect(CASE WHEN t.projectId IS NULL THEN {id: t.id, from: a.id, to: b.id, projectId: t.projectId,
                  fromFiscalYear: t.fromFiscalYear, toFiscalYear: t.toFiscalYear, stageRank: t.stageRank,
                  count: t.count, cohort: t.cohort, basis: t.basis} END) AS aggregates,
     collect(DISTINCT t.projectId) AS projects
CALL (projects) {
  UNWIND projects AS project
  MATCH (x:Program)-[s:TRANSFERRED_TO]->(y:Program)
  WHERE s.projectId = project
    AND ($fyFrom IS NULL OR s.fromFiscalYear >= $fyFrom)
    AND ($fyTo IS NULL OR s.toFiscalYear <= $fyTo)
  RETURN collect({id: s.id, from: x.id, to: y.id, projectId: s.projectId,
                  fromFiscalYear: s.fromFiscalYear, toFiscalYear: s.toFiscalYear, stageRank: s.stageRank,
                  count: s.count, cohort: s.cohort, basis: s.basis}) AS seeded
}
UNWIND aggregates + seeded AS h
RETURN h.id AS id, h.from AS from, h.to AS to, h.projectId AS projectId, h.fromFiscalYear AS fromFiscalYear,
       h.toFiscalYear AS toFiscalYear, h.stageRank AS stageRank, h.count AS count, h.cohort AS cohort, h.basis AS basis
