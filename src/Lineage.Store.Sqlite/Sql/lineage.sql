-- The lineage question of DESIGN.md §3 as one recursive query.
-- Parameters: $selectors  JSON [{side:'from'|'to', ministries:[code], agencies:[id], programs:[id], regions:[id]}]
--             $fy_from, $fy_to (nullable), $max_hops, $min_rank, $after (sort key, nullable), $limit
WITH RECURSIVE
sel(side, ministries, agencies, programs, regions) AS (
  SELECT json_extract(value, '$.side'), json_extract(value, '$.ministries'), json_extract(value, '$.agencies'),
         json_extract(value, '$.programs'), json_extract(value, '$.regions')
  FROM json_each($selectors)
),
-- Ministries and agencies a selector names; a ministry brings its agencies with it.
org_ids(side, id) AS (
  SELECT s.side, m.id FROM sel s, json_each(s.ministries) j JOIN ministries m ON m.code = j.value
  UNION
  SELECT s.side, a.id FROM sel s, json_each(s.ministries) j JOIN ministries m ON m.code = j.value JOIN agencies a ON a.ministry = m.id
  UNION
  SELECT s.side, j.value FROM sel s, json_each(s.agencies) j
),
-- Each program with itself and every program it is a part of, so a sub-program inherits its parent's match.
program_tree(id, anc) AS (
  SELECT id, id FROM programs
  UNION
  SELECT t.id, p.parent FROM program_tree t JOIN programs p ON p.id = t.anc WHERE p.parent IS NOT NULL
),
prog_ok(side, id) AS (
  SELECT s.side, p.id FROM sel s, programs p
  WHERE (json_array_length(s.ministries) + json_array_length(s.agencies) = 0
         OR EXISTS (SELECT 1 FROM program_tree t JOIN programs a ON a.id = t.anc
                    JOIN org_ids o ON o.side = s.side AND o.id = a.run_by WHERE t.id = p.id))
    AND (json_array_length(s.programs) = 0
         OR EXISTS (SELECT 1 FROM program_tree t, json_each(s.programs) j WHERE t.id = p.id AND t.anc = j.value))
),
region_tree(side, id) AS (
  SELECT s.side, j.value FROM sel s, json_each(s.regions) j
  UNION
  SELECT rt.side, r.id FROM regions r JOIN region_tree rt ON r.within = rt.id
),
prog_region_ok(side, id) AS (
  SELECT DISTINCT rt.side, t.id FROM program_tree t JOIN program_regions pr ON pr.program = t.anc JOIN region_tree rt ON rt.id = pr.region
),
proj_region_ok(side, project) AS (
  SELECT DISTINCT rt.side, pr.project FROM project_regions pr JOIN region_tree rt ON rt.id = pr.region
),
-- Transfers inside the fiscal-year window; pos orders the hand-offs of one seed along its way.
eligible AS (
  SELECT t.*, COALESCE(t.project, t.id) AS seed,
         ROW_NUMBER() OVER (PARTITION BY COALESCE(t.project, t.id)
                            ORDER BY t.from_fy IS NULL, t.from_fy, t.to_fy IS NULL, t.to_fy, t.id) AS pos
  FROM transfers t
  WHERE ($fy_from IS NULL OR (t.from_fy IS NOT NULL AND t.from_fy >= $fy_from))
    AND ($fy_to IS NULL OR (t.to_fy IS NOT NULL AND t.to_fy <= $fy_to))
),
walk(seed, project, start_pos, start_fy, last_id, last_to, hops, ids) AS (
  SELECT e.seed, e.project, e.pos, e.from_fy, e.id, e.to_program, 1, e.id
  FROM eligible e JOIN sel s ON s.side = 'from'
  WHERE EXISTS (SELECT 1 FROM prog_ok o WHERE o.side = 'from' AND o.id = e.from_program)
    AND (json_array_length(s.regions) = 0
         OR EXISTS (SELECT 1 FROM prog_region_ok r WHERE r.side = 'from' AND r.id = e.from_program)
         OR EXISTS (SELECT 1 FROM proj_region_ok r WHERE r.side = 'from' AND r.project = e.project))
  UNION ALL
  -- A seed is followed only through hand-offs of the same project that start where the last one ended.
  SELECT w.seed, w.project, w.start_pos, w.start_fy, e.id, e.to_program, w.hops + 1, w.ids || ',' || e.id
  FROM walk w JOIN eligible e ON e.project = w.project AND e.from_program = w.last_to
  WHERE w.project IS NOT NULL AND w.hops < $max_hops
    AND instr(',' || w.ids || ',', ',' || e.id || ',') = 0
),
-- A seed's path starts at its first hand-off out of a program matching `from`; a later start is never
-- tried instead, even when the first one reaches no `to` program within $max_hops.
first_start(seed, pos) AS (
  SELECT seed, MIN(start_pos) FROM walk WHERE hops = 1 GROUP BY seed
),
candidates AS (
  SELECT w.* FROM walk w JOIN first_start f ON f.seed = w.seed AND f.pos = w.start_pos JOIN sel s ON s.side = 'to'
  WHERE EXISTS (SELECT 1 FROM prog_ok o WHERE o.side = 'to' AND o.id = w.last_to)
    AND (json_array_length(s.regions) = 0
         OR EXISTS (SELECT 1 FROM prog_region_ok r WHERE r.side = 'to' AND r.id = w.last_to)
         OR EXISTS (SELECT 1 FROM proj_region_ok r WHERE r.side = 'to' AND r.project = w.project))
),
-- Each seed once: from its first program matching `from` to the furthest matching `to`.
kept AS (
  SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.seed ORDER BY c.start_pos, c.hops DESC, c.ids) AS rn
  FROM candidates c
),
answer AS (
  SELECT k.seed, k.project, k.ids, printf('%04d|%s', COALESCE(k.start_fy, 9999), k.seed) AS sort_key
  FROM kept k JOIN transfers last ON last.id = k.last_id
  WHERE k.rn = 1 AND last.stage_rank >= $min_rank
)
-- The total comes with every page, even an empty one past the end.
SELECT t.total, p.seed, p.project, p.ids, p.sort_key
FROM (SELECT count(*) AS total FROM answer) t
LEFT JOIN (SELECT * FROM answer WHERE $after IS NULL OR sort_key > $after ORDER BY sort_key LIMIT $limit) p ON 1
ORDER BY p.sort_key;
