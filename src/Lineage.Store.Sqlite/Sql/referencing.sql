-- Nodes of one kind whose reference $rel points at any of $targets (JSON array), for batch loading.
-- Transfers come in fiscal-year order (as a seed went); everything else by id.
SELECT l.target, n.kind, n.json
FROM node_links l
JOIN nodes n ON n.id = l.id
LEFT JOIN transfers t ON t.id = n.id
WHERE n.kind = $kind AND l.rel = $rel AND l.target IN (SELECT value FROM json_each($targets))
ORDER BY l.target, t.from_fy IS NULL, t.from_fy, t.to_fy IS NULL, t.to_fy, n.id;
