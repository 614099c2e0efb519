// The engine's program catalogue, part 5 of 6: where each project (seed) is located, for region selectors.
MATCH (p:Project)
RETURN p.id AS id, coalesce(p.refRegion, []) AS regions
ORDER BY id
