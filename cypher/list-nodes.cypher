// A page of one kind of entity node, ordered by id (keyset pagination on id), with the total of all matches.
// The kind is the id prefix (ids are '<kind>:<slug>', checked at import), so one statement serves every kind
// without building a label into the text.
// @param prefix STRING id prefix of the kind, e.g. 'program:'
// @param ministries LIST<STRING> ministry codes; programs run by them or their agencies (sub-programs included), or their agencies
// @param name STRING? case-insensitive substring of the Japanese or English name
// @param parent STRING? id of the direct parent program
// @param after STRING? id after which the page starts
// @param limit INTEGER page size plus one (the extra row tells whether there is a next page)
WITH COLLECT {
       MATCH (m:Ministry) WHERE m.code IN $ministries RETURN m.id AS id
       UNION
       MATCH (a:Agency)-[:UNDER]->(m:Ministry) WHERE m.code IN $ministries RETURN a.id AS id
     } AS orgs
MATCH (n:Node)
WHERE n.id STARTS WITH $prefix
  AND ($name IS NULL
       OR toLower(n.nameJa) CONTAINS toLower($name)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($name))
  AND (size($ministries) = 0
       OR (n:Program AND EXISTS { MATCH (n)-[:PART_OF]->*(:Program)-[:RUN_BY|ALSO_RUN_BY]->(o) WHERE o.id IN orgs })
       OR (n:Agency AND n.id IN orgs))
  AND ($parent IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(p:Program) WHERE p.id = $parent })
WITH n
ORDER BY n.id
WITH collect(n) AS matching
RETURN size(matching) AS total,
       [x IN [y IN matching WHERE $after IS NULL OR y.id > $after][..$limit] | {id: x.id, json: x.json}] AS page
