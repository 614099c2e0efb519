-- The lineage question of DESIGN.md §3 as one recursive query.
-- Parameters: $selectors  JSON [{side:'from'|'to', ministries:[code], agencies:[id], programs:[id], regions:[id]}]
--             $fy_from, $fy_to (nullable), $max_hops, $min_rank, $after (sort key, nullable), $limit
WITH RECURSIVE
-- include: selectors.sql
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
