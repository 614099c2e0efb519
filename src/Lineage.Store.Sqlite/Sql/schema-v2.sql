-- Version 2: projections for exploration (filters, reverse references, search). Filled from each node's
-- canonical JSON at import; a version-1 file gets them filled from its stored nodes when it is migrated.
CREATE TABLE node_links (
  id     TEXT NOT NULL,   -- the node holding the reference
  rel    TEXT NOT NULL,   -- Relation: Parent, RunBy, Region, Participant, Program, Project, ClusterProject, Office, Cohort, Within
  target TEXT NOT NULL,
  PRIMARY KEY (id, rel, target)
) WITHOUT ROWID;
CREATE INDEX ix_node_links_target ON node_links (rel, target, id);

-- The kind within the kind (CITY, UNIVERSITY, VENTURE) and the fiscal years a node covers (Relations.FiscalYears).
CREATE TABLE node_facts (
  id       TEXT PRIMARY KEY,
  sub_kind TEXT,
  from_fy  INTEGER,
  to_fy    INTEGER
) WITHOUT ROWID;

-- Every name a node is found by, normalized (SearchText.Normalize); one row per distinct name.
CREATE TABLE search_names (
  id   TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (id, name)
) WITHOUT ROWID;
CREATE INDEX ix_search_names_kind ON search_names (kind);
