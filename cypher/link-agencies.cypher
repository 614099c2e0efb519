// (:Agency)-[:UNDER]->(:Ministry) for agencies whose JSON changed; old links are replaced.
// @param rows LIST<MAP> [{id, ministry}]
UNWIND $rows AS row
MATCH (a:Agency {id: row.id})
CALL (a) {
  MATCH (a)-[old:UNDER]->()
  DELETE old
}
CALL (a, row) {
  MATCH (m:Ministry {id: row.ministry})
  MERGE (a)-[:UNDER]->(m)
}
RETURN count(a) AS linked
