#!/usr/bin/env bash
# The headline query (bench/headline.json) over HTTP with the response cache off and on, beside the fixed-bytes
# ceiling (bench/Ceiling), in one run on this machine. Prints the machine, the exact commands and markdown rows
# `| figure | goal | result |` to stdout (bench/run.sh folds them into bench/RESULTS.md); progress goes to stderr.
# Usage (from the repository root): bash bench/http.sh [seconds=10] [connections=32] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}; conns=${2:-32}; threads=${3:-2}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
echo "publishing the server and the ceiling (Release) ..." >&2
# LINEAGE_BENCH_SERVER: another server project to measure (bench/run.sh --before); an older one ignores the cache setting.
dotnet publish "${LINEAGE_BENCH_SERVER:-src/Lineage.Server}" -c Release -o "$work/server" -v q --nologo >/dev/null
dotnet publish bench/Ceiling -c Release -o "$work/ceiling" -v q --nologo >/dev/null

off=http://127.0.0.1:5121/graphql; on=http://127.0.0.1:5122/graphql; ceiling=http://127.0.0.1:5123/graphql
serve() { # port, cache enabled, database
  dotnet "$work/server/Lineage.Server.dll" --Urls="http://127.0.0.1:$1" --Lineage:Cache:Enabled="$2" \
    --Lineage:Sqlite:Path="$3" --Logging:LogLevel:Default=Warning >/dev/null &
}
ready() { for _ in $(seq 120); do curl -sf "$1" >/dev/null && return 0; sleep 0.5; done; echo "$1 did not come up" >&2; exit 1; }
serve 5121 false "$work/off.db"; serve 5122 true "$work/on.db"
ready http://127.0.0.1:5121/readyz; ready http://127.0.0.1:5122/readyz
ask() { curl -s -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' -d @bench/headline.json "$1"; }
ask "$off" > "$work/ceiling/headline-answer.json"
grep -q COMMERCIALIZED "$work/ceiling/headline-answer.json" || { echo "the server did not answer the headline query" >&2; exit 1; }
ask "$on" > "$work/on-answer.json"; ask "$on" > "$work/on-answer-2.json"
cmp -s "$work/ceiling/headline-answer.json" "$work/on-answer-2.json" || { echo "cache on and off answered different bytes" >&2; exit 1; }
dotnet "$work/ceiling/Lineage.Bench.Ceiling.dll" --urls=http://127.0.0.1:5123 --Logging:LogLevel:Default=Warning >/dev/null &
for _ in $(seq 120); do curl -sf -X POST "$ceiling" >/dev/null && break; sleep 0.5; done

# wrk's latency lines (50%  781.00us, 99%  7.45ms, 2.01s) → milliseconds; Requests/sec as printed.
measure() { # name url warm-up-seconds
  # Warm-up: tiered JIT of the whole GraphQL path takes many seconds on a busy 2-core machine, and the pools and the
  # cache fill; measuring before it ends measures the JIT.
  wrk -t"$threads" -c"$conns" -d"$3s" -s bench/headline.lua "$2" >/dev/null
  echo "measuring $1 ($secs s) ..." >&2
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s bench/headline.lua "$2" > "$work/$1.txt"
  local non2xx; non2xx=$(awk '/Non-2xx/{print $NF}' "$work/$1.txt")
  [ -z "$non2xx" ] || { echo "$1 answered $non2xx non-2xx responses" >&2; exit 1; }
}
rps() { awk '/Requests\/sec/{print $2}' "$work/$1.txt"; }
ms() { awk -v p="$2%" '$1==p { v=$2; u=v; sub(/[0-9.]+/,"",u); sub(/[a-z]+$/,"",v);
        f = (u=="us") ? 0.001 : (u=="ms") ? 1 : (u=="s") ? 1000 : (u=="m") ? 60000 : 1; printf "%.2f", v*f }' "$work/$1.txt"; }
# The ceiling before and after the two servers, averaged: the machine's load drifts during a run.
measure ceiling1 "$ceiling" 5; measure off "$off" 20; measure on "$on" 20; measure ceiling2 "$ceiling" 2

pct() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", 100*a/b}'; }
c1=$(rps ceiling1); c2=$(rps ceiling2); c=$(awk -v a="$c1" -v b="$c2" 'BEGIN{printf "%.2f", (a+b)/2}'); o=$(rps off); n=$(rps on)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "dotnet $(dotnet --version), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), ${secs}s, $conns connections, $threads threads; server Release with the shipped data on SQLite"
echo "commands: bash bench/http.sh $secs $conns $threads — wrk -t$threads -c$conns -d${secs}s --latency -s bench/headline.lua <url> against Lineage.Server --Lineage:Cache:Enabled=false (cache off, after 20 s of warm-up), --Lineage:Cache:Enabled=true (cache on, 20 s warm-up) and bench/Ceiling (the same answer bytes, nothing done; measured before and after them, averaged)"
echo
echo "| figure | goal | result |"
echo "|---|---|---|"
echo "| headline query over HTTP, cache off: req/s | ≥ 30 % of the ceiling | $o req/s = **$(pct "$o" "$c") %** of the ceiling |"
echo "| headline query over HTTP, cache off: p50 / p99 at $conns connections | p99 ≤ 5 ms | p50 $(ms off 50) ms, p99 **$(ms off 99) ms** |"
echo "| headline query over HTTP, cache on: req/s | ≥ 80 % of the ceiling | $n req/s = **$(pct "$n" "$c") %** of the ceiling |"
echo "| headline query over HTTP, cache on: p50 / p99 at $conns connections | — | p50 $(ms on 50) ms, p99 $(ms on 99) ms |"
echo "| ceiling (fixed answer bytes, bench/Ceiling) | — | $c req/s (runs of $c1 and $c2), p50 $(ms ceiling1 50) / $(ms ceiling2 50) ms, p99 $(ms ceiling1 99) / $(ms ceiling2 99) ms |"
