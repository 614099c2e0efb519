// Writes changed links as LINKED_TO relationships: relations between programs (or a program and a coordination body or ministry)
// that are not hand-offs; lineage never follows them. A relationship cannot move to other end nodes, so a changed link
// is deleted and created again. `written` lets the store check that both ends existed, as for transfers.
// @param rows LIST<MAP> [{id, from, to, props: {id, kind, note, evidenceSources, evidenceQuotes, json}}]
UNWIND $rows AS row
CALL (row) {
  MATCH ()-[old:LINKED_TO {id: row.id}]->()
  DELETE old
}
MATCH (from:Program {id: row.from})
MATCH (to:Node {id: row.to})
WHERE to:Program OR to:Organization OR to:Ministry
CREATE (from)-[l:LINKED_TO]->(to)
SET l = row.props
RETURN count(l) AS written
