#!/usr/bin/env bash
# Import and start-up at national scale: bash bench/import.sh [transfers]   (from the repository root; default 1000000)
#
# Builds Release, generates the synthetic dataset (bench/Generator) into a temporary folder, then measures
#   - the import into an empty SQLite file: wall time and peak RSS (/usr/bin/time -v);
#   - start to ready (/readyz answers 200) of the server with the seed data (data/, the store filled by a first start)
#     and with the generated store;
#   - the serving process's RSS (VmRSS) right after ready and after a few lineage questions, for both.
# Prints a machine line, the exact commands and the results as markdown rows | figure | goal | result | on stdout
# (bench/run.sh folds them into bench/RESULTS.md); progress goes to stderr. Needs curl and /usr/bin/time.
# bench/run.sh sets LINEAGE_BENCH_DATASET (a dataset already generated: not generated again), LINEAGE_BENCH_DB (the
# SQLite file to import into, kept for the questions that follow) and LINEAGE_BENCH_SERVER (another server project).
set -euo pipefail

transfers="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$(mktemp -d /tmp/lineage-bench-import.XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

say() { echo "$@" >&2; }
server_project="${LINEAGE_BENCH_SERVER:-src/Lineage.Server}"
server_dll="$server_project/bin/Release/net10.0/Lineage.Server.dll"
big_db="${LINEAGE_BENCH_DB:-$work/big.db}"
generator_dll="bench/Generator/bin/Release/net10.0/Lineage.Bench.Generator.dll"
commands=()
run_logged() { commands+=("$*"); "$@"; }

say "building Release …"
run_logged dotnet build -c Release "$server_project" -v q -nologo >&2
run_logged dotnet build -c Release bench/Generator -v q -nologo >&2

dataset="${LINEAGE_BENCH_DATASET:-$work/dataset}"
if [[ -z "${LINEAGE_BENCH_DATASET:-}" ]]; then
  say "generating $transfers transfers …"
  run_logged dotnet "$generator_dll" --transfers "$transfers" --seed 1 --out "$dataset" >&2
fi

# --- import into an empty SQLite file -------------------------------------------------------------------------------
say "importing …"
commands+=("/usr/bin/time -v dotnet $server_dll import $dataset --Lineage:Sqlite:Path=$big_db")
/usr/bin/time -v -o "$work/import.time" dotnet "$server_dll" import "$dataset" "--Lineage:Sqlite:Path=$big_db" >"$work/import.out" 2>"$work/import.err" || {
  rc=$?; tr '\r' '\n' <"$work/import.err" | grep -v '^[[:space:]]*$' | tail -5 >&2
  echo "the import was refused or failed (exit $rc): $(tr '\r' '\n' <"$work/import.err" | grep -v '^[[:space:]]*$' | head -2 | tail -1 | cut -c1-120)" >&2; exit "$rc"; }
import_wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/import.time")"
import_rss_kb="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/import.time")"
import_cpu="$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/import.time")"
import_total="$(awk '$1 == "total" {print $2}' "$work/import.out")"
seconds() { awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }' <<<"$1"; }
import_s="$(seconds "$import_wall")"

# --- start to ready, RSS --------------------------------------------------------------------------------------------
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now() { date +%s.%N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }
# CPU seconds the process used so far (user + system): on a machine others share, the figure that does not depend on them.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# Starts the server with the given settings, waits for /readyz, sets ready_s (seconds to ready) and leaves it running
# (server_pid). Not to be called in $(…): the pid must stay in this shell.
start_server() {
  local port="$1"; shift
  commands+=("dotnet $server_dll --urls http://127.0.0.1:$port $*   # then poll GET /readyz until 200")
  local t0; t0="$(now)"
  dotnet "$server_dll" --urls "http://127.0.0.1:$port" "$@" >"$work/server-$port.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 3000); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)" == 200 ]]; then
      ready_s="$(awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}')"
      return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then say "the server exited:"; cat "$work/server-$port.log" >&2; return 1; fi
    sleep 0.02
  done
  say "not ready after 60 s"; return 1
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# A few lineage questions, so that the RSS is that of a serving process, not of one that only started.
ask() {
  local port="$1" query="$2"
  curl -s -o /dev/null -w '%{http_code}\n' "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' --data-binary "$query" >&2
}
questions_seed() {
  for _ in 1 2 3; do ask "$1" @bench/headline.json; done
  ask "$1" '{"query":"{ lineage(from: {ministries: [MEXT]}, maxHops: 8, first: 100) { totalCount nodes { id steps { stage evidence { quote } } } } }"}'
}
questions_big() {
  ask "$1" '{"query":"{ lineage(from: {ministries: [MEXT]}, to: {ministries: [METI]}, maxHops: 2, first: 20) { totalCount nodes { id steps { from { id } to { id } stage } } } }"}'
  for p in 1 17 256 4096 65536; do
    ask "$1" "{\"query\":\"{ lineage(from: {programs: [\\\"program:p$p\\\"]}, maxHops: 8, first: 50) { totalCount nodes { id project { name } steps { stage } } } }\"}"
  done
}

say "seed data: first start (imports data/ into an empty store) …"
port="$(free_port)"
start_server "$port" "--Lineage:Sqlite:Path=$work/seed.db"; seed_first="$ready_s"
stop_server
say "seed data: start with the store filled …"
port="$(free_port)"
start_server "$port" "--Lineage:Sqlite:Path=$work/seed.db"; seed_ready="$ready_s"
seed_cpu="$(cpu_s "$server_pid")"
seed_rss_ready="$(rss_mb "$server_pid")"
questions_seed "$port"
seed_rss_served="$(rss_mb "$server_pid")"
stop_server

say "generated store: start …"
port="$(free_port)"
start_server "$port" "--Lineage:Sqlite:Path=$big_db" "--Lineage:DataDirectory=$dataset"; big_ready="$ready_s"
big_cpu="$(cpu_s "$server_pid")"
big_rss_ready="$(rss_mb "$server_pid")"
questions_big "$port"
big_rss_served="$(rss_mb "$server_pid")"
stop_server

# --- report -----------------------------------------------------------------------------------------------------------
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "Machine: $(uname -srm), $(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), .NET $(dotnet --version), load average at the end $(cut -d' ' -f1-3 /proc/loadavg) — $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "Commands (bash bench/import.sh $transfers):"
echo
for c in "${commands[@]}"; do echo "    $c"; done
echo
echo "| figure | goal | result |"
echo "|---|---|---|"
n_label="$(printf "%'d" "$transfers")"
echo "| import of the ${n_label}-transfer dataset ($import_total nodes) into an empty SQLite file | ≤ 60 s, peak RSS ≤ 1.5 GB | ${import_s} s (CPU ${import_cpu} s), peak RSS $((import_rss_kb / 1024)) MB |"
echo "| start to ready, seed data (warm build, store filled) | ≤ 2 s | ${seed_ready} s (CPU ${seed_cpu} s; first start, importing data/: ${seed_first} s) |"
echo "| start to ready, ${n_label}-transfer store (graph loaded before ready) | ≤ 15 s | ${big_ready} s (CPU ${big_cpu} s) |"
echo "| RSS serving the seed data | ≤ 200 MB | ${seed_rss_ready} MB after ready, ${seed_rss_served} MB after 4 questions |"
echo "| RSS serving the ${n_label}-transfer graph | ≤ 1.5 GB | ${big_rss_ready} MB after ready, ${big_rss_served} MB after 6 questions |"
