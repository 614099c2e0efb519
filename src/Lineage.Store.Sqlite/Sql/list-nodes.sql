-- A page of one kind of node, ordered by id (keyset pagination on id).
-- Parameters: $kind, $ministries (JSON array of codes), $name (substring, nullable), $parent (nullable), $after (id, nullable), $limit
WITH RECURSIVE
program_tree(id, anc) AS (
  SELECT id, id FROM programs
  UNION
  SELECT t.id, p.parent FROM program_tree t JOIN programs p ON p.id = t.anc WHERE p.parent IS NOT NULL
),
org_ids(id) AS (
  SELECT m.id FROM json_each($ministries) j JOIN ministries m ON m.code = j.value
  UNION
  SELECT a.id FROM json_each($ministries) j JOIN ministries m ON m.code = j.value JOIN agencies a ON a.ministry = m.id
),
matching AS (
  SELECT n.id, n.kind, n.json FROM nodes n
  WHERE n.kind = $kind
    AND ($name IS NULL OR instr(lower(n.name_ja), lower($name)) > 0 OR instr(lower(COALESCE(n.name_en, '')), lower($name)) > 0)
    AND (json_array_length($ministries) = 0
         OR (n.kind = 'Program' AND EXISTS (SELECT 1 FROM program_tree t JOIN node_links r ON r.id = t.anc AND r.rel = 'RunBy'
                                            JOIN org_ids o ON o.id = r.target WHERE t.id = n.id))
         OR (n.kind = 'Agency' AND n.id IN (SELECT id FROM org_ids)))
    AND ($parent IS NULL OR EXISTS (SELECT 1 FROM programs p WHERE p.id = n.id AND p.parent = $parent))
)
SELECT t.total, p.kind, p.json
FROM (SELECT count(*) AS total FROM matching) t
LEFT JOIN (SELECT * FROM matching WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $limit) p ON 1
ORDER BY p.id;
