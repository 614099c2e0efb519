// The engine's program catalogue, part 6 of 6: cohort totals, which flows count once per row.
MATCH (c:Cohort)
RETURN c.id AS id, c.total AS total
ORDER BY id
