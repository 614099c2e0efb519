// Links with either end among the targets (Relation.Linked), for batch loading Program.links (and Organization.links, Ministry.links):
// a link is returned once per end it has among the targets. Ordered by target, then id, as the SQLite store's referencing.sql.
// @param targets LIST<STRING> distinct ids of programs, coordination bodies or ministries
MATCH (a:Node)-[l:LINKED_TO]->(b:Node)
WHERE a.id IN $targets OR b.id IN $targets
UNWIND [x IN [a.id, b.id] WHERE x IN $targets] AS target
WITH DISTINCT target, l
RETURN target, l.id AS id, l.json AS json
ORDER BY target, id
