// Marks a new data version; run inside an import's transaction when the import changed anything, so readers that
// cached the program catalogue (graph-*.cypher) know to read it again.
MERGE (meta:LineageMeta {key: 'data'})
SET meta.version = randomUUID()
RETURN meta.version AS version
