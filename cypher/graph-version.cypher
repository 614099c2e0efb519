// The data version: every import that changes something gives it a new random value (bump-data-version.cypher, in
// the import's transaction) — random, not a counter, so a database emptied and filled again never repeats a version a
// running store has cached. The store keeps the engine's program catalogue per version and reloads it when this moves.
OPTIONAL MATCH (meta:LineageMeta {key: 'data'})
RETURN coalesce(meta.version, '') AS version
