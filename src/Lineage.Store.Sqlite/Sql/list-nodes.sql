-- A page of one kind of node, ordered by id (keyset pagination on id).
-- Parameters: $kind, $ministries (JSON array of codes), $name (substring, nullable), $parent (nullable), $after (id, nullable), $limit
WITH RECURSIVE
-- include: program-tree.sql
-- include: ministry-programs.sql
matching AS (
  SELECT n.id, n.kind, n.json FROM nodes n
  WHERE n.kind = $kind
    AND ($name IS NULL OR instr(lower(n.name_ja), lower($name)) > 0 OR instr(lower(COALESCE(n.name_en, '')), lower($name)) > 0)
    AND (json_array_length($ministries) = 0
         OR (n.kind = 'Program' AND n.id IN (SELECT id FROM ministry_programs))
         OR (n.kind = 'Agency' AND n.id IN (SELECT id FROM ministry_runners)))
    AND ($parent IS NULL OR EXISTS (SELECT 1 FROM programs p WHERE p.id = n.id AND p.parent = $parent))
)
SELECT t.total, p.kind, p.json
FROM (SELECT count(*) AS total FROM matching) t
LEFT JOIN (SELECT * FROM matching WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $limit) p ON 1
ORDER BY p.id;
