-- Transfers aggregated by (source, target) — ministries in charge or programs — for a Sankey diagram (FlowQuery).
-- Parameters: $selectors  JSON [{side:'from'|'to', ministries:[code], agencies:[id], programs:[id], regions:[id]}]
--             $group 'Ministry'|'Program', $fy_from, $fy_to (nullable), $min_rank
-- Selector semantics are lineage.sql's, applied to each transfer on its own: its from-program must match `from`
-- (or, for regions, its project be located there) and its to-program `to`.
WITH RECURSIVE
-- include: selectors.sql
-- The ministry in charge of a program: its (lead) runner, or the runner's ministry when an agency runs it; a joint
-- program's flows go to the ministry of its runBy, so that each transfer is counted once.
program_ministry(program, ministry) AS (
  SELECT p.id, COALESCE(m.id, a.ministry) FROM programs p
  LEFT JOIN ministries m ON m.id = p.run_by LEFT JOIN agencies a ON a.id = p.run_by
),
edges AS (
  SELECT t.id, t.project, t.count, t.cohort,
         CASE $group WHEN 'Ministry' THEN fm.ministry ELSE t.from_program END AS source,
         CASE $group WHEN 'Ministry' THEN tm.ministry ELSE t.to_program END AS target
  FROM transfers t
  JOIN program_ministry fm ON fm.program = t.from_program
  JOIN program_ministry tm ON tm.program = t.to_program
  JOIN sel sf ON sf.side = 'from'
  JOIN sel st ON st.side = 'to'
  WHERE t.stage_rank >= $min_rank
    AND ($fy_from IS NULL OR (t.from_fy IS NOT NULL AND t.from_fy >= $fy_from))
    AND ($fy_to IS NULL OR (t.to_fy IS NOT NULL AND t.to_fy <= $fy_to))
    AND EXISTS (SELECT 1 FROM prog_ok o WHERE o.side = 'from' AND o.id = t.from_program)
    AND (json_array_length(sf.regions) = 0
         OR EXISTS (SELECT 1 FROM prog_region_ok r WHERE r.side = 'from' AND r.id = t.from_program)
         OR EXISTS (SELECT 1 FROM proj_region_ok r WHERE r.side = 'from' AND r.project = t.project))
    AND EXISTS (SELECT 1 FROM prog_ok o WHERE o.side = 'to' AND o.id = t.to_program)
    AND (json_array_length(st.regions) = 0
         OR EXISTS (SELECT 1 FROM prog_region_ok r WHERE r.side = 'to' AND r.id = t.to_program)
         OR EXISTS (SELECT 1 FROM proj_region_ok r WHERE r.side = 'to' AND r.project = t.project))
),
-- Seeds of a row (FlowRow): each named project once, an aggregate edge its count (1 when the source gives none),
-- each cohort its total once.
row_seeds(source, target, seeds) AS (
  SELECT source, target, COUNT(DISTINCT project) FROM edges WHERE project IS NOT NULL GROUP BY source, target
  UNION ALL
  SELECT source, target, SUM(COALESCE(count, 1)) FROM edges WHERE project IS NULL AND cohort IS NULL GROUP BY source, target
  UNION ALL
  SELECT c.source, c.target, SUM(json_extract(n.json, '$.total'))
  FROM (SELECT DISTINCT source, target, cohort FROM edges WHERE project IS NULL AND cohort IS NOT NULL) c
  JOIN nodes n ON n.id = c.cohort
  GROUP BY c.source, c.target
)
SELECT e.source, e.target,
       (SELECT SUM(s.seeds) FROM row_seeds s WHERE s.source = e.source AND s.target = e.target) AS seeds,
       json_group_array(e.id) AS transfers,
       (SELECT json_group_array(DISTINCT x.project) FROM edges x WHERE x.source = e.source AND x.target = e.target AND x.project IS NOT NULL) AS projects,
       (SELECT json_group_array(DISTINCT x.cohort) FROM edges x WHERE x.source = e.source AND x.target = e.target AND x.cohort IS NOT NULL) AS cohorts
FROM (SELECT * FROM edges ORDER BY id) e
GROUP BY e.source, e.target
ORDER BY e.source, e.target;
