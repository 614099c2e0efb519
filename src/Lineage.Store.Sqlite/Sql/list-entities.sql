-- A filtered page of one kind of node (EntityQuery), ordered by id (keyset pagination on id).
-- Parameters: $kind; JSON arrays $ministries (codes), $agencies, $kinds, $regions, $programs, $projects, $organizations;
--             $parent, $fy_from, $fy_to, $min_rank, $name (normalized), $after (id) — each nullable; $limit.
-- A filter left empty (an empty array, or null) matches everything; the caller has checked it applies to $kind.
WITH RECURSIVE
-- include: program-tree.sql
-- include: ministry-programs.sql
agency_programs(id) AS (
  SELECT t.id FROM program_tree t JOIN node_links r ON r.id = t.anc AND r.rel = 'RunBy' WHERE r.target IN (SELECT value FROM json_each($agencies))
),
named_programs(id) AS (
  SELECT t.id FROM program_tree t WHERE t.anc IN (SELECT value FROM json_each($programs))
),
-- The programs each node is tied to: a program itself; a transfer's two ends; the ends of a project's transfers;
-- a cluster project's or outcome's program; an outcome's cluster project's program and its project's transfers' ends;
-- an organization's projects' transfers' ends and the programs of the cluster projects it is the office of.
transfer_ends(id, project, program) AS (
  SELECT id, project, from_program FROM transfers UNION ALL SELECT id, project, to_program FROM transfers
),
node_programs(id, program) AS (
  SELECT id, id FROM programs
  UNION ALL SELECT id, program FROM transfer_ends
  UNION ALL SELECT project, program FROM transfer_ends WHERE project IS NOT NULL
  UNION ALL SELECT id, target FROM node_links WHERE rel = 'Program'
  UNION ALL SELECT l.id, c.target FROM node_links l JOIN node_links c ON c.id = l.target AND c.rel = 'Program' WHERE l.rel = 'ClusterProject'
  UNION ALL SELECT l.id, e.program FROM node_links l JOIN transfer_ends e ON e.project = l.target WHERE l.rel = 'Project' AND l.id LIKE 'outcome:%'
  UNION ALL SELECT l.target, e.program FROM node_links l JOIN transfer_ends e ON e.project = l.id WHERE l.rel = 'Participant'
  UNION ALL SELECT l.target, c.target FROM node_links l JOIN node_links c ON c.id = l.id AND c.rel = 'Program' WHERE l.rel = 'Office'
),
region_tree(id) AS (
  SELECT value FROM json_each($regions)
  UNION
  SELECT r.id FROM regions r JOIN region_tree t ON r.within = t.id
),
-- The regions each node is in: a region itself; a program's regions and its ancestors'; an organization's location;
-- a project's and cluster project's regions; a transfer's ends' and project's regions; an outcome's project's and cluster project's.
node_regions(id, region) AS (
  SELECT id, id FROM regions
  UNION ALL SELECT t.id, pr.region FROM program_tree t JOIN program_regions pr ON pr.program = t.anc
  UNION ALL SELECT id, target FROM node_links WHERE rel = 'Region' AND id NOT LIKE 'program:%'
  UNION ALL SELECT e.id, pr.region FROM transfer_ends e JOIN program_tree t ON t.id = e.program JOIN program_regions pr ON pr.program = t.anc
  UNION ALL SELECT e.id, l.target FROM transfer_ends e JOIN node_links l ON l.id = e.project AND l.rel = 'Region'
  UNION ALL SELECT o.id, l.target FROM node_links o JOIN node_links l ON l.id = o.target AND l.rel = 'Region'
            WHERE o.rel IN ('Project', 'ClusterProject') AND o.id LIKE 'outcome:%'
),
-- Fiscal years a node covers; a project's are those of its transfers.
node_years(id, from_fy, to_fy) AS (
  SELECT id, from_fy, to_fy FROM node_facts WHERE from_fy IS NOT NULL
  UNION ALL SELECT project, MIN(COALESCE(from_fy, to_fy)), MAX(COALESCE(to_fy, from_fy)) FROM transfers
            WHERE project IS NOT NULL AND COALESCE(from_fy, to_fy) IS NOT NULL GROUP BY project
),
matching AS (
  SELECT n.id, n.kind, n.json FROM nodes n
  WHERE n.kind = $kind
    AND ($name IS NULL OR EXISTS (SELECT 1 FROM search_names s WHERE s.id = n.id AND instr(s.name, $name) > 0))
    AND (json_array_length($ministries) = 0
         OR (n.kind = 'Agency' AND n.id IN (SELECT id FROM ministry_runners))
         OR EXISTS (SELECT 1 FROM node_programs np JOIN ministry_programs mp ON mp.id = np.program WHERE np.id = n.id))
    AND (json_array_length($agencies) = 0
         OR EXISTS (SELECT 1 FROM node_programs np JOIN agency_programs ap ON ap.id = np.program WHERE np.id = n.id))
    AND (json_array_length($programs) = 0
         OR EXISTS (SELECT 1 FROM node_programs np JOIN named_programs p ON p.id = np.program WHERE np.id = n.id))
    AND (json_array_length($kinds) = 0
         OR EXISTS (SELECT 1 FROM node_facts f JOIN json_each($kinds) j ON j.value = f.sub_kind WHERE f.id = n.id))
    AND (json_array_length($regions) = 0
         OR EXISTS (SELECT 1 FROM node_regions nr JOIN region_tree rt ON rt.id = nr.region WHERE nr.id = n.id))
    AND (json_array_length($projects) = 0
         OR EXISTS (SELECT 1 FROM node_links l JOIN json_each($projects) j ON j.value = l.target WHERE l.id = n.id AND l.rel = 'Project')
         OR EXISTS (SELECT 1 FROM node_links l JOIN json_each($projects) j ON j.value = l.id WHERE l.target = n.id AND l.rel = 'Participant'))
    AND (json_array_length($organizations) = 0
         OR EXISTS (SELECT 1 FROM node_links l JOIN json_each($organizations) j ON j.value = l.target WHERE l.id = n.id AND l.rel IN ('Participant', 'Office')))
    AND ($parent IS NULL OR EXISTS (SELECT 1 FROM programs p WHERE p.id = n.id AND p.parent = $parent))
    AND ($fy_from IS NULL AND $fy_to IS NULL
         OR EXISTS (SELECT 1 FROM node_years y WHERE y.id = n.id
                    AND ($fy_from IS NULL OR y.to_fy >= $fy_from) AND ($fy_to IS NULL OR y.from_fy <= $fy_to)))
    AND ($min_rank IS NULL OR EXISTS (SELECT 1 FROM transfers t WHERE t.id = n.id AND t.stage_rank >= $min_rank))
)
SELECT t.total, p.kind, p.json
FROM (SELECT count(*) AS total FROM matching) t
LEFT JOIN (SELECT * FROM matching WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $limit) p ON 1
ORDER BY p.id;
