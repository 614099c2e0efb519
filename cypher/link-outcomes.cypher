// (:Project|Program|ClusterProject|Cohort)-[:RESULTED_IN]->(:Outcome) for outcomes whose JSON changed. The outcome
// names what it resulted from, so it owns these links and they are replaced with it.
// @param rows LIST<MAP> [{id, from: [id]}]
UNWIND $rows AS row
MATCH (o:Outcome {id: row.id})
CALL (o) {
  MATCH (o)<-[old:RESULTED_IN]-()
  DELETE old
}
CALL (o, row) {
  UNWIND row.from AS sourceId
  MATCH (origin:Node {id: sourceId})
  WHERE origin:Project OR origin:Program OR origin:ClusterProject OR origin:Cohort
  MERGE (origin)-[:RESULTED_IN]->(o)
}
RETURN count(o) AS linked
