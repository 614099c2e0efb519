// The hand-offs a flows question counts, for the engine in Lineage.Core to group and count (FlowRow): each counts on
// its own, so one hand-off must leave a program `from` can match and enter one `to` can match, inside the window and
// at least at the stage asked. The store passes the resolved program ids (null: any program); the engine applies
// what ids alone cannot say (a region that admits a seed by its project's location).
// @param fromPrograms LIST<STRING>? programs the hand-off may leave; null: any
// @param toPrograms LIST<STRING>? programs the hand-off may enter; null: any
// @param fyFrom INTEGER? earliest fiscal year a hand-off may leave its program (an unknown year never passes a bound)
// @param fyTo INTEGER? latest fiscal year a hand-off may arrive
// @param minRank INTEGER stage rank the hand-off must reach (SEED = 0 … COMMERCIALIZED = 4)
MATCH (a:Program)-[t:TRANSFERRED_TO]->(b:Program)
WHERE ($fromPrograms IS NULL OR a.id IN $fromPrograms)
  AND ($toPrograms IS NULL OR b.id IN $toPrograms)
  AND ($fyFrom IS NULL OR t.fromFiscalYear >= $fyFrom)
  AND ($fyTo IS NULL OR t.toFiscalYear <= $fyTo)
  AND t.stageRank >= $minRank
RETURN t.id AS id, a.id AS from, b.id AS to, t.projectId AS projectId, t.fromFiscalYear AS fromFiscalYear,
       t.toFiscalYear AS toFiscalYear, t.stageRank AS stageRank, t.count AS count, t.cohort AS cohort, t.basis AS basis
