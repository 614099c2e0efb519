-- wrk script: POST the DESIGN.md §3 headline query.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local f = io.open(os.getenv("LINEAGE_BENCH_BODY") or "bench/headline.json", "r")
wrk.body = f:read("*a")
f:close()
