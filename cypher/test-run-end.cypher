// The last statement of a Neo4j conformance run (tests only): nothing of the run stays behind, its marker included.
// Auto-commit only (CALL … IN TRANSACTIONS).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 1000 ROWS
