// Deletes the transfers (TRANSFERRED_TO relationships) an import no longer holds, inside the import's transaction:
// an import is a sync, so a hand-off removed from the dataset stops being an answer.
// @param ids LIST<STRING> ids of the transfers to delete
UNWIND $ids AS id
MATCH ()-[t:TRANSFERRED_TO {id: id}]->()
DELETE t
RETURN count(*) AS deleted
