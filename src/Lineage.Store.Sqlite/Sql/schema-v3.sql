-- Version 3: the data version. Every import that changes something sets a new random value in its own transaction,
-- so a reader (this process or another one) can tell with one indexed read whether its in-memory lineage graph is
-- current. Random rather than a counter: a file replaced by another never repeats the version a reader holds.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('data_version', 1);
