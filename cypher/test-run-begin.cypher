// The Neo4j conformance suite's guard (tests only): what the database holds before the suite marks it as its own.
// `foreign` counts nodes that no earlier test run left (a run that ended early leaves its :LineageTestRun marker and
// may be wiped again); the suite refuses to empty a database that holds anything else.
OPTIONAL MATCH (marker:LineageTestRun)
WITH count(marker) AS markers
OPTIONAL MATCH (n)
WHERE NOT n:LineageTestRun
RETURN markers, count(n) AS foreign
