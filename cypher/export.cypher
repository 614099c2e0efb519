// Everything stored, as canonical JSON, ordered by id (an export round-trips byte for byte).
CALL () {
  MATCH (n:Node)
  RETURN n.id AS id, n.json AS json
  UNION ALL
  MATCH ()-[t:TRANSFERRED_TO]->()
  RETURN t.id AS id, t.json AS json
  UNION ALL
  MATCH ()-[l:LINKED_TO]->()
  RETURN l.id AS id, l.json AS json
}
RETURN id, json
ORDER BY id
