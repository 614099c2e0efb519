// Deletes the entity nodes an import no longer holds, with their relationships, inside the import's transaction:
// an import is a sync, so a node removed from the dataset stops being served. The store runs delete-transfers.cypher
// first; any relationship left (a link from another node) can only come from a node this import rewrites anyway,
// since the validated dataset has no reference to a node it lacks.
// @param ids LIST<STRING> ids of the nodes to delete
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
