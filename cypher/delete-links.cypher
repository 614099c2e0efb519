// Deletes the links (LINKED_TO relationships) an import no longer holds, inside the import's transaction: an import is
// a sync, so a relation removed from the dataset stops being served.
// @param ids LIST<STRING> ids of the links to delete
UNWIND $ids AS id
MATCH ()-[l:LINKED_TO {id: id}]->()
DELETE l
RETURN count(*) AS deleted
