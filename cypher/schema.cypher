// The Neo4j store's schema, run statement by statement on every start (each is IF NOT EXISTS, so re-running is a no-op).
// Every entity node carries :Node besides its kind label, so a read by id needs one index whatever the kind;
// the per-kind constraints keep ids unique where tools that only know the kind label look.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cluster_project_id IF NOT EXISTS FOR (n:ClusterProject) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cohort_id IF NOT EXISTS FOR (n:Cohort) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
// Transfers are relationships with an id of their own (GraphQL reads them by id like any node).
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() REQUIRE t.id IS UNIQUE;
// Links (LINKED_TO: relations that are not hand-offs) likewise.
CREATE CONSTRAINT link_id IF NOT EXISTS FOR ()-[l:LINKED_TO]-() REQUIRE l.id IS UNIQUE;

// Indexes the selectors and the lineage walk use.
CREATE INDEX ministry_code IF NOT EXISTS FOR (m:Ministry) ON (m.code);
CREATE INDEX agency_code IF NOT EXISTS FOR (a:Agency) ON (a.code);
CREATE INDEX region_kind IF NOT EXISTS FOR (r:Region) ON (r.kind);
CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind);
CREATE INDEX outcome_kind IF NOT EXISTS FOR (o:Outcome) ON (o.kind);
CREATE INDEX transfer_project IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() ON (t.projectId);
CREATE INDEX transfer_fiscal_years IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() ON (t.fromFiscalYear, t.toFiscalYear);
CREATE INDEX transfer_stage IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() ON (t.stageRank);
CREATE INDEX transfer_basis IF NOT EXISTS FOR ()-[t:TRANSFERRED_TO]-() ON (t.basis);
CREATE INDEX link_kind IF NOT EXISTS FOR ()-[l:LINKED_TO]-() ON (l.kind);

// Names are Japanese first: the cjk analyzer indexes CJK text as bigrams, so a search for 浜松 finds 浜松医科大学.
CREATE FULLTEXT INDEX node_names IF NOT EXISTS
FOR (n:Source|Ministry|Agency|Program|Region|Organization|Project|ClusterProject|Outcome)
ON EACH [n.nameJa, n.nameEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
