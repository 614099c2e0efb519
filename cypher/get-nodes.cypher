// The stored canonical JSON of the nodes with these ids; transfers are relationships, so they are read
// by their own id index. Unknown ids are left out.
// @param ids LIST<STRING> node or transfer ids
CALL () {
  MATCH (n:Node)
  WHERE n.id IN $ids
  RETURN n.id AS id, n.json AS json
  UNION ALL
  MATCH ()-[t:TRANSFERRED_TO]->()
  WHERE t.id IN $ids
  RETURN t.id AS id, t.json AS json
}
RETURN id, json
