-- Version 1 of the store. Every node keeps its canonical JSON (what was imported, byte for byte);
-- the other tables are projections of it that the queries need indexed.
CREATE TABLE nodes (
  id      TEXT PRIMARY KEY,
  kind    TEXT NOT NULL,
  name_ja TEXT NOT NULL,
  name_en TEXT,
  json    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ix_nodes_kind ON nodes (kind, id);

CREATE TABLE ministries (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE) WITHOUT ROWID;
CREATE TABLE agencies (id TEXT PRIMARY KEY, ministry TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX ix_agencies_ministry ON agencies (ministry);
CREATE TABLE programs (id TEXT PRIMARY KEY, run_by TEXT NOT NULL, parent TEXT, start_fy INTEGER, end_fy INTEGER) WITHOUT ROWID;
CREATE INDEX ix_programs_parent ON programs (parent);
CREATE INDEX ix_programs_run_by ON programs (run_by);
CREATE TABLE program_regions (program TEXT NOT NULL, region TEXT NOT NULL, PRIMARY KEY (program, region)) WITHOUT ROWID;
CREATE TABLE regions (id TEXT PRIMARY KEY, within TEXT) WITHOUT ROWID;
CREATE INDEX ix_regions_within ON regions (within);
CREATE TABLE project_regions (project TEXT NOT NULL, region TEXT NOT NULL, PRIMARY KEY (project, region)) WITHOUT ROWID;
CREATE TABLE transfers (
  id           TEXT PRIMARY KEY,
  from_program TEXT NOT NULL,
  to_program   TEXT NOT NULL,
  project      TEXT,
  from_fy      INTEGER,
  to_fy        INTEGER,
  stage_rank   INTEGER NOT NULL,
  count        INTEGER,
  cohort       TEXT
) WITHOUT ROWID;
CREATE INDEX ix_transfers_from ON transfers (from_program);
CREATE INDEX ix_transfers_to ON transfers (to_program);
CREATE INDEX ix_transfers_project ON transfers (project, from_program);
