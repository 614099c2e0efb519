#!/usr/bin/env bash
# Load benchmark of the headline query over HTTP (DESIGN.md §3), beside a fixed-JSON ASP.NET Core endpoint
# as the ceiling. Usage: bash bench/run.sh [seconds=10] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}; conns=${2:-32}; threads=${3:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
dotnet publish src/Lineage.Server -c Release -o "$work/server" -v q --nologo >/dev/null
dotnet publish bench/Ceiling -c Release -o "$work/ceiling" -v q --nologo >/dev/null
dotnet "$work/server/Lineage.Server.dll" --Urls=http://127.0.0.1:5101 --Lineage:Sqlite:Path="$work/bench.db" --Logging:LogLevel:Default=Warning >/dev/null &
for i in $(seq 60); do curl -sf http://127.0.0.1:5101/readyz >/dev/null && break; sleep 0.5; done
curl -s -H 'Content-Type: application/json' -d @bench/headline.json http://127.0.0.1:5101/graphql > "$work/ceiling/headline-answer.json"
grep -q COMMERCIALIZED "$work/ceiling/headline-answer.json" || { echo "the server did not answer the headline query"; exit 1; }
dotnet "$work/ceiling/Lineage.Bench.Ceiling.dll" --urls=http://127.0.0.1:5102 --Logging:LogLevel:Default=Warning >/dev/null &
for i in $(seq 60); do curl -sf -X POST http://127.0.0.1:5102/graphql >/dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "dotnet $(dotnet --version), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), ${secs}s, $conns connections, $threads threads"
for target in "lineage http://127.0.0.1:5101/graphql" "ceiling http://127.0.0.1:5102/graphql"; do
  set -- $target
  wrk -t"$threads" -c"$conns" -d2s -s bench/headline.lua "$2" >/dev/null   # warm-up (JIT, pools)
  echo "== $1"
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s bench/headline.lua "$2" | grep -E "Requests/sec|50%|99%|Non-2xx|Socket errors|requests in"
done
