// A cluster project's links: PART_OF the program it belongs to, IN_REGION its regions; old links are replaced.
// @param rows LIST<MAP> [{id, program, regions: [id]}]
UNWIND $rows AS row
MATCH (c:ClusterProject {id: row.id})
CALL (c) {
  MATCH (c)-[old:PART_OF|IN_REGION]->()
  DELETE old
}
CALL (c, row) {
  MATCH (p:Program {id: row.program})
  MERGE (c)-[:PART_OF]->(p)
}
CALL (c, row) {
  UNWIND row.regions AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (c)-[:IN_REGION]->(r)
}
RETURN count(c) AS linked
