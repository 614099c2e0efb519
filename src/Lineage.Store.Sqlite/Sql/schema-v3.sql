-- Version 3: how sure a hand-off is (basis), relations between programs that are not hand-offs (links), and programs
-- whose runner no source names (run_by may be null). A version-2 file needs no backfill: its transfers were all read
-- as STATED (the column's default) and it holds no links.
ALTER TABLE transfers ADD COLUMN basis TEXT NOT NULL DEFAULT 'STATED';
CREATE INDEX ix_transfers_basis ON transfers (basis, id);

CREATE TABLE links (
  id        TEXT PRIMARY KEY,
  from_node TEXT NOT NULL,   -- a program
  to_node   TEXT NOT NULL,   -- a program or a coordination body
  kind      TEXT NOT NULL    -- LinkKind as the dataset writes it: SELECTION_PREFERENCE, JOINT_EVENT, …
) WITHOUT ROWID;
CREATE INDEX ix_links_from ON links (from_node, kind);
CREATE INDEX ix_links_to ON links (to_node, kind);

-- SQLite cannot drop NOT NULL from a column: the programs projection is rebuilt with run_by nullable.
CREATE TABLE programs_v3 (id TEXT PRIMARY KEY, run_by TEXT, parent TEXT, start_fy INTEGER, end_fy INTEGER) WITHOUT ROWID;
INSERT INTO programs_v3 (id, run_by, parent, start_fy, end_fy) SELECT id, run_by, parent, start_fy, end_fy FROM programs;
DROP TABLE programs;
ALTER TABLE programs_v3 RENAME TO programs;
CREATE INDEX ix_programs_parent ON programs (parent);
CREATE INDEX ix_programs_run_by ON programs (run_by);

-- And the data version. Every import that changes something sets a new random value in its own transaction,
-- so a reader (this process or another one) can tell with one indexed read whether its in-memory lineage graph is
-- current. Random rather than a counter: a file replaced by another never repeats the version a reader holds.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('data_version', 1);
