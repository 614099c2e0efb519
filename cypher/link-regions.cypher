// (:Region)-[:WITHIN]->(:Region) for regions whose JSON changed; old links are replaced.
// @param rows LIST<MAP> [{id, within}]
UNWIND $rows AS row
MATCH (r:Region {id: row.id})
CALL (r) {
  MATCH (r)-[old:WITHIN]->()
  DELETE old
}
CALL (r, row) {
  MATCH (outer:Region {id: row.within})
  MERGE (r)-[:WITHIN]->(outer)
}
RETURN count(r) AS linked
