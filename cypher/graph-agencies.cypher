// The engine's program catalogue, part 2 of 6: agencies and the ministry each is under.
MATCH (a:Agency)
OPTIONAL MATCH (a)-[:UNDER]->(m:Ministry)
RETURN a.id AS id, m.id AS ministry
ORDER BY id
