-- What the lineage engine's in-memory graph is built from (Lineage.Core.Engine.GraphRows), read in one transaction
-- so that every result set is of the same data version. Result sets, in order:
-- 1 data version; 2 ministries; 3 agencies; 4 programs (lead runner); 5 every runner of a program (node_links 'RunBy');
-- 6 program regions; 7 regions; 8 project regions (every project, located or not); 9 cohort totals; 10 transfers.
SELECT value FROM meta WHERE key = 'data_version';
SELECT id, code FROM ministries ORDER BY id;
SELECT id, ministry FROM agencies ORDER BY id;
SELECT id, run_by, parent FROM programs ORDER BY id;
SELECT id, target FROM node_links WHERE rel = 'RunBy' AND id IN (SELECT id FROM programs) ORDER BY id, target;
SELECT program, region FROM program_regions ORDER BY program, region;
SELECT id, within FROM regions ORDER BY id;
SELECT n.id, r.region FROM nodes n LEFT JOIN project_regions r ON r.project = n.id WHERE n.kind = 'Project' ORDER BY n.id, r.region;
SELECT id, json_extract(json, '$.total') FROM nodes WHERE kind = 'Cohort' ORDER BY id;
SELECT id, from_program, to_program, project, from_fy, to_fy, stage_rank, count, cohort, basis FROM transfers ORDER BY id;
