// Transfers whose project or cohort (`rel`) is any of the targets, for batch loading; ordered by target, then as the
// seed went (fiscal years, unknown last, then id), as the SQLite store's referencing.sql.
// @param rel STRING Project or Cohort (a transfer holds no other reference)
// @param targets LIST<STRING> distinct ids the reference may point at
MATCH ()-[t:TRANSFERRED_TO]->()
WITH t, CASE $rel WHEN 'Project' THEN t.projectId WHEN 'Cohort' THEN t.cohort END AS target
WHERE target IN $targets
RETURN target, t.id AS id, t.json AS json
ORDER BY target, t.fromFiscalYear IS NULL, t.fromFiscalYear, t.toFiscalYear IS NULL, t.toFiscalYear, t.id
