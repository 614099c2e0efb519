// A program's links: RUN_BY its (lead) ministry or agency, ALSO_RUN_BY each joint runner, PART_OF its parent program, IN_REGION each region it is confined to.
// Run after every node of the import exists, since a parent may come later in the same dataset; old links are replaced.
// runBy is null for a program whose runner no source names: its RUN_BY subquery then matches nothing.
// @param rows LIST<MAP> [{id, runBy?, alsoRunBy: [id], parent, regions: [id]}]
UNWIND $rows AS row
MATCH (p:Program {id: row.id})
CALL (p) {
  MATCH (p)-[old:RUN_BY|ALSO_RUN_BY|PART_OF|IN_REGION]->()
  DELETE old
}
CALL (p, row) {
  MATCH (org:Node {id: row.runBy})
  WHERE org:Ministry OR org:Agency
  MERGE (p)-[:RUN_BY]->(org)
}
CALL (p, row) {
  UNWIND row.alsoRunBy AS runnerId
  MATCH (org:Node {id: runnerId})
  WHERE org:Ministry OR org:Agency
  MERGE (p)-[:ALSO_RUN_BY]->(org)
}
CALL (p, row) {
  MATCH (parent:Program {id: row.parent})
  MERGE (p)-[:PART_OF]->(parent)
}
CALL (p, row) {
  UNWIND row.regions AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (p)-[:IN_REGION]->(r)
}
RETURN count(p) AS linked
