// Transfers arriving at any of the given programs, ordered by fiscal year (unknown last) then id, as the SQLite store orders them.
// @param programIds LIST<STRING>
MATCH (:Program)-[t:TRANSFERRED_TO]->(to:Program)
WHERE to.id IN $programIds
RETURN t.json AS json
ORDER BY t.fromFiscalYear IS NULL, t.fromFiscalYear, t.toFiscalYear IS NULL, t.toFiscalYear, t.id
