// Whether anything was ever imported (the server imports data/ on first start when this is true).
// Transfers need programs at both ends, so a store without entity nodes has no transfers either.
RETURN NOT EXISTS { MATCH (n:Node) } AS empty
