// A page of links ordered by id, with the total of all matches. A link's name is its id, as in the domain.
// @param name STRING? case-insensitive substring of the id
// @param after STRING? id after which the page starts
// @param limit INTEGER page size plus one
MATCH ()-[l:LINKED_TO]->()
WHERE $name IS NULL OR toLower(l.id) CONTAINS toLower($name)
WITH l
ORDER BY l.id
WITH collect(l) AS matching
RETURN size(matching) AS total,
       [x IN [y IN matching WHERE $after IS NULL OR y.id > $after][..$limit] | {id: x.id, json: x.json}] AS page
