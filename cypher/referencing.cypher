// Entity nodes of one kind whose reference `rel` points at any of the targets (IEntityQueries.GetReferencingAsync),
// read from the ref<Relation> list properties written at import (Relations.Of); transfers have referencing-transfers.cypher.
// Ordered by target, then id, as the SQLite store's referencing.sql.
// @param prefix STRING id prefix of the kind, e.g. 'program:'
// @param rel STRING the Relation: Parent, RunBy, Region, Participant, Program, Project, ClusterProject, Office, Cohort, Within
// @param targets LIST<STRING> distinct ids the reference may point at
MATCH (n:Node)
WHERE n.id STARTS WITH $prefix
WITH n,
     CASE $rel
       WHEN 'Parent' THEN n.refParent
       WHEN 'RunBy' THEN n.refRunBy
       WHEN 'Region' THEN n.refRegion
       WHEN 'Participant' THEN n.refParticipant
       WHEN 'Program' THEN n.refProgram
       WHEN 'Project' THEN n.refProject
       WHEN 'ClusterProject' THEN n.refClusterProject
       WHEN 'Office' THEN n.refOffice
       WHEN 'Cohort' THEN n.refCohort
       WHEN 'Within' THEN n.refWithin
     END AS refs
UNWIND [x IN coalesce(refs, []) WHERE x IN $targets] AS target
RETURN target, n.id AS id, n.json AS json
ORDER BY target, id
