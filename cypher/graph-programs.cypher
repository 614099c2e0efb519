// The engine's program catalogue, part 3 of 6: each program with its lead runner (RUN_BY), every runner (refRunBy
// lists runBy and alsoRunBy), the program it is part of and the regions it is confined to.
MATCH (p:Program)
RETURN p.id AS id,
       head(COLLECT { MATCH (p)-[:RUN_BY]->(lead) RETURN lead.id AS lead }) AS runBy,
       coalesce(p.refRunBy, []) AS runners,
       head(coalesce(p.refParent, [])) AS parent,
       coalesce(p.refRegion, []) AS regions
ORDER BY id
