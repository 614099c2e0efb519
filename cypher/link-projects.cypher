// A project's links: IN_REGION its regions, and (:Organization)-[:PARTICIPATED_IN {role}]->(:Project) for each
// participant. The project owns both, so they are replaced when the project's JSON changes.
// @param rows LIST<MAP> [{id, regions: [id], participants: [{organization, role}]}]
UNWIND $rows AS row
MATCH (p:Project {id: row.id})
CALL (p) {
  MATCH (p)-[old:IN_REGION]->()
  DELETE old
}
CALL (p) {
  MATCH (p)<-[old:PARTICIPATED_IN]-()
  DELETE old
}
CALL (p, row) {
  UNWIND row.regions AS regionId
  MATCH (r:Region {id: regionId})
  MERGE (p)-[:IN_REGION]->(r)
}
CALL (p, row) {
  UNWIND row.participants AS participant
  MATCH (o:Organization {id: participant.organization})
  CREATE (o)-[:PARTICIPATED_IN {role: participant.role}]->(p)
}
RETURN count(p) AS linked
