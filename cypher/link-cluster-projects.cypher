// A cluster project's links: PART_OF the program it belongs to, PART_OF_CLUSTER the cluster project it is a strategy
// of (when it is one), IN_REGION its regions; old links are replaced. Run after every node of the import exists.
// @param rows LIST<MAP> [{id, program, partOf, regions: [id]}]
UNWIND $rows AS row
MATCH (c:ClusterProject {id: row.id})
CALL (c) {
  MATCH (c)-[old:PART_OF|PART_OF_CLUSTER|IN_REGION]->()
  DELETE old
}
CALL (c, row) {
  MATCH (p:Program {id: row.program})
  MERGE (c)-[:PART_OF]->(p)
}
CALL (c, row) {
  MATCH (whole:ClusterProject {id: row.partOf})
  MERGE (c)-[:PART_OF_CLUSTER]->(whole)
}
CALL (c, row) {
  UNWIND row.regions AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (c)-[:IN_REGION]->(r)
}
RETURN count(c) AS linked
