// Empties the database but for the conformance suite's run marker (:LineageTestRun), in batches so a large graph
// does not need one huge transaction. Only the Neo4j conformance tests send this (to start each test from an empty
// store); an import deletes only what its dataset lacks (delete-nodes.cypher).
// It uses CALL … IN TRANSACTIONS, so it must run as an auto-commit statement, never inside an explicit transaction.
MATCH (n)
WHERE NOT n:LineageTestRun
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
