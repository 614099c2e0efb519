#!/usr/bin/env bash
# 1,000 random lineage questions on a generated national-scale graph (issue 13's third row), cache off:
#   in process through the embedded store, over HTTP through the server, and on Neo4j when LINEAGE_BENCH_NEO4J_URI
#   (with LINEAGE_BENCH_NEO4J_USER / _PASSWORD) names one. Prints markdown rows: | figure | goal | result |.
# Usage: bash bench/questions.sh DATASET_DIR SQLITE_FILE   (the dataset already imported into the file)
# The Neo4j database named is emptied and filled with the dataset: point it at a scratch database only.
set -euo pipefail
cd "$(dirname "$0")/.."
dataset=${1:?dataset folder}; db=${2:?SQLite file the dataset is imported into}
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
dotnet build -c Release bench/Questions -v q --nologo >/dev/null
dotnet publish "${LINEAGE_BENCH_SERVER:-src/Lineage.Server}" -c Release -o "$work/server" -v q --nologo >/dev/null
questions="dotnet bench/Questions/bin/Release/net10.0/Lineage.Bench.Questions.dll --dataset $dataset --count 1000 --seed 1"
goal="p50 ≤ 2 ms, p99 ≤ 20 ms"
row() { # figure, the tool's line (… p50 X ms, p90 …, p99 Y ms, max …)
  local p50 p99; p50=$(grep -oE 'p50 [0-9.]+ ms' <<<"$2" | cut -d' ' -f2); p99=$(grep -oE 'p99 [0-9.]+ ms' <<<"$2" | cut -d' ' -f2)
  echo "| $1 | $goal | p50 $p50 ms, p99 $p99 ms ($(grep -oE '[0-9,]+ paths counted' <<<"$2")) |"
}
serve() { # port, extra settings…; waits for /readyz
  local port=$1; shift
  dotnet "$work/server/Lineage.Server.dll" --Urls=http://127.0.0.1:$port --Logging:LogLevel:Default=Warning --Lineage:ImportOnStart=Never "$@" >"$work/server-$port.log" 2>&1 &
  for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0; sleep 0.5; done
  echo "the server on port $port did not get ready:" >&2; cat "$work/server-$port.log" >&2; return 1
}

server=${LINEAGE_BENCH_SERVER:-src/Lineage.Server}
if [[ "$server" == src/Lineage.Server ]]; then
  echo "    $questions --sqlite $db"
  row "1M-transfer graph, 1,000 random questions, embedded store in process" "$($questions --sqlite "$db")"
else # another tree's server: its store is not this tree's code, so only HTTP measures it
  echo "| 1M-transfer graph, 1,000 random questions, embedded store in process | $goal | — (in process is this tree's code; see HTTP) |"
fi
serve 5111 --Lineage:Sqlite:Path="$db" --Lineage:Cache:Enabled=false
echo "    $questions --url http://127.0.0.1:5111/graphql   (server: --Lineage:Cache:Enabled=false)"
row "the same over HTTP (one request at a time, cache off)" "$($questions --url http://127.0.0.1:5111/graphql)"

if [[ -n "${LINEAGE_BENCH_NEO4J_URI:-}" ]]; then
  neo4j=(--Lineage:Store=neo4j --Lineage:Neo4j:Uri="$LINEAGE_BENCH_NEO4J_URI" --Lineage:Neo4j:User="${LINEAGE_BENCH_NEO4J_USER:-neo4j}" --Lineage:Neo4j:Password="${LINEAGE_BENCH_NEO4J_PASSWORD:-}")
  dotnet "$work/server/Lineage.Server.dll" import "$dataset" "${neo4j[@]}" >&2
  serve 5112 "${neo4j[@]}" --Lineage:Cache:Enabled=false
  row "the same on the Neo4j store, over HTTP" "$($questions --url http://127.0.0.1:5112/graphql)"
else
  echo "| the same on the Neo4j store | measured when reachable | skipped: LINEAGE_BENCH_NEO4J_URI is not set (no Neo4j on this machine) |"
fi
