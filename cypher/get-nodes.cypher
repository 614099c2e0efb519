// The stored canonical JSON of the nodes with these ids; transfers and links are relationships, so they are read
// by their own id index. Unknown ids are left out.
// @param ids LIST<STRING> node, transfer or link ids
CALL () {
  MATCH (n:Node)
  WHERE n.id IN $ids
  RETURN n.id AS id, n.json AS json
  UNION ALL
  MATCH ()-[t:TRANSFERRED_TO]->()
  WHERE t.id IN $ids
  RETURN t.id AS id, t.json AS json
  UNION ALL
  MATCH ()-[l:LINKED_TO]->()
  WHERE l.id IN $ids
  RETURN l.id AS id, l.json AS json
}
RETURN id, json
