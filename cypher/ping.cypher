// Health probe for /readyz: reaching the database endpoint and running a statement is what "reachable" means.
RETURN 1 AS ok
