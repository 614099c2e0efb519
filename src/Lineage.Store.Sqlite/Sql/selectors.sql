-- The program selectors of DESIGN.md §3 as common table expressions, shared by lineage.sql and flows.sql: a
-- statement includes them with the line `-- include: selectors.sql` right after its WITH RECURSIVE (SqlText).
-- Needs $selectors: JSON [{side:'from'|'to', ministries:[code], agencies:[id], programs:[id], regions:[id]}].
-- Gives prog_ok(side, id): programs a side's ministries/agencies/programs select (a sub-program inherits its
-- parent's match; a joint program matches each of its runners, node_links 'RunBy'); prog_region_ok(side, id) and proj_region_ok(side, project): programs and projects in a side's
-- regions or their sub-regions.
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
-- include: program-tree.sql
prog_ok(side, id) AS (
  SELECT s.side, p.id FROM sel s, programs p
  WHERE (json_array_length(s.ministries) + json_array_length(s.agencies) = 0
         OR EXISTS (SELECT 1 FROM program_tree t JOIN node_links r ON r.id = t.anc AND r.rel = 'RunBy'
                    JOIN org_ids o ON o.side = s.side AND o.id = r.target WHERE t.id = p.id))
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
