// (:Organization)-[:LOCATED_IN]->(:Region) for organizations whose JSON changed; old links are replaced.
// @param rows LIST<MAP> [{id, locatedIn}]
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
CALL (o) {
  MATCH (o)-[old:LOCATED_IN]->()
  DELETE old
}
CALL (o, row) {
  MATCH (r:Region {id: row.locatedIn})
  MERGE (o)-[:LOCATED_IN]->(r)
}
RETURN count(o) AS linked
