-- Nodes whose name contains the search text (SearchQuery), best match first.
-- Parameters: $text (normalized), $terms (JSON array of its space-separated parts), $kinds (JSON array, empty: all), $limit
-- Names are stored normalized (search_names), so matching is plain substring search on characters: Japanese needs no word breaks.
WITH hits AS (
  SELECT s.id, s.name,
         CASE WHEN s.name = $text THEN 0
              WHEN substr(s.name, 1, length($text)) = $text THEN 1
              WHEN instr(s.name, $text) > 0 THEN 2
              ELSE 3 END AS rank
  FROM search_names s
  WHERE (json_array_length($kinds) = 0 OR s.kind IN (SELECT value FROM json_each($kinds)))
    AND NOT EXISTS (SELECT 1 FROM json_each($terms) t WHERE instr(s.name, t.value) = 0)
),
-- A node once, by its best-matching name (then its shortest, the closest match).
best AS (
  SELECT id, name, rank, ROW_NUMBER() OVER (PARTITION BY id ORDER BY rank, length(name), name) AS rn FROM hits
)
SELECT n.kind, n.json, b.rank, b.name
FROM best b JOIN nodes n ON n.id = b.id
WHERE b.rn = 1
ORDER BY b.rank, length(b.name), n.id
LIMIT $limit;
