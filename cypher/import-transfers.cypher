// Writes changed transfers as TRANSFERRED_TO relationships. A relationship cannot move to other end nodes, so a
// changed transfer is deleted and created again. `written` lets the store check that both programs existed:
// a transfer whose ends are missing would otherwise vanish silently, and the import is rolled back instead.
// @param rows LIST<MAP> [{id, from, to, props: {id, projectId, fromFiscalYear, toFiscalYear, stage, stageRank, count, cohort, note, basis, inference, evidenceSources, evidenceQuotes, json}}]
UNWIND $rows AS row
CALL (row) {
  MATCH ()-[old:TRANSFERRED_TO {id: row.id}]->()
  DELETE old
}
MATCH (from:Program {id: row.from})
MATCH (to:Program {id: row.to})
CREATE (from)-[t:TRANSFERRED_TO]->(to)
SET t = row.props
RETURN count(t) AS written
