// Entity nodes with a name containing every term of the search text (SearchQuery), best match first; answered like
// the SQLite store's search.sql. Names are the normalized searchNames written at import (SearchText.NamesOf), so
// matching is plain substring search on characters: Japanese needs no word breaks.
// Rank: 0 a name equals the text, 1 starts with it, 2 contains it, 3 contains every term. A node once, by its best
// name (then the shortest, then the name); ordered by rank, length of that name, id.
// @param text STRING the normalized text
// @param terms LIST<STRING> its space-separated parts
// @param prefixes LIST<STRING> id prefixes of the kinds to search, e.g. ['program:']; empty: every kind
// @param limit INTEGER how many hits
MATCH (n:Node)
WHERE n.searchNames IS NOT NULL
  AND (size($prefixes) = 0 OR any(p IN $prefixes WHERE n.id STARTS WITH p))
UNWIND n.searchNames AS name
WITH n, name
WHERE all(term IN $terms WHERE name CONTAINS term)
WITH n, name,
     CASE WHEN name = $text THEN 0
          WHEN name STARTS WITH $text THEN 1
          WHEN name CONTAINS $text THEN 2
          ELSE 3 END AS rank
ORDER BY n.id, rank, size(name), name
WITH n, head(collect({name: name, rank: rank})) AS best
RETURN n.id AS id, n.json AS json, best.rank AS rank, best.name AS name
ORDER BY rank, size(name), id
LIMIT $limit
