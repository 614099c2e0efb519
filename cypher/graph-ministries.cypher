// The engine's program catalogue, part 1 of 6 (Lineage.Core.Engine.CatalogRows): ministries and their codes.
MATCH (m:Ministry)
RETURN m.id AS id, m.code AS code
ORDER BY id
