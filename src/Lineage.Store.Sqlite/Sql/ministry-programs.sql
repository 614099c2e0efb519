-- The ministry filter of the listing statements (list-nodes.sql, list-entities.sql), written once. Needs $ministries
-- (JSON array of codes) and program_tree (program-tree.sql). ministry_runners: the ministries and their agencies;
-- ministry_programs: programs any of them runs, alone or jointly (node_links 'RunBy'), sub-programs included.
ministry_runners(id) AS (
  SELECT m.id FROM json_each($ministries) j JOIN ministries m ON m.code = j.value
  UNION
  SELECT a.id FROM json_each($ministries) j JOIN ministries m ON m.code = j.value JOIN agencies a ON a.ministry = m.id
),
ministry_programs(id) AS (
  SELECT t.id FROM program_tree t JOIN node_links r ON r.id = t.anc AND r.rel = 'RunBy' WHERE r.target IN (SELECT id FROM ministry_runners)
),
