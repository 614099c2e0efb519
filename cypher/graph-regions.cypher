// The engine's program catalogue, part 4 of 6: the region tree.
MATCH (r:Region)
RETURN r.id AS id, head(coalesce(r.refWithin, [])) AS within
ORDER BY id
