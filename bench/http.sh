#!/usr/bin/env bash
# The headline query (bench/headline.json) over HTTP with the response cache off and on, beside the fixed-bytes
# ceiling (bench/Ceiling), in one run on this machine. Prints the machine, the exact commands and markdown rows
# `| figure | goal | result |` to stdout (bench/run.sh folds them into bench/RESULTS.md); progress goes to stderr.
# Usage (from the repository root): bash bench/http.sh [seconds=10] [connections=32] [threads=2] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}; conns=${2:-32}; threads=${3:-2}; rounds=${4:-3}
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
warm() { # url seconds — tiered JIT of the whole GraphQL path takes many seconds on a busy 2-core machine, and the
  # pools and the cache fill; measuring before it ends measures the JIT.
  wrk -t"$threads" -c"$conns" -d"$2s" -s bench/headline.lua "$1" >/dev/null
}
measure() { # name url
  echo "measuring $1 ($secs s) ..." >&2
  wrk -t"$threads" -c"$conns" -d"${secs}s" --latency -s bench/headline.lua "$2" > "$work/$1.txt"
  local non2xx; non2xx=$(awk '/Non-2xx/{print $NF}' "$work/$1.txt")
  [ -z "$non2xx" ] || { echo "$1 answered $non2xx non-2xx responses" >&2; exit 1; }
}
rps() { awk '/Requests\/sec/{print $2}' "$work/$1.txt"; }
ms() { awk -v p="$2%" '$1==p { v=$2; u=v; sub(/[0-9.]+/,"",u); sub(/[a-z]+$/,"",v);
        f = (u=="us") ? 0.001 : (u=="ms") ? 1 : (u=="s") ? 1000 : (u=="m") ? 60000 : 1; printf "%.2f", v*f }' "$work/$1.txt"; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1f", 100*a/b}'; }
median() { tr ' ' '\n' | sed '/^$/d' | sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
# The machine's speed drifts by a fifth within a minute (a shared VM), so one run of each says more about the minute
# than the server: each round measures the ceiling, cache off and cache on back to back, and the figures are the
# medians over the rounds — a share of the ceiling from the ceiling of its own round. Every round is printed.
warm "$ceiling" 5; warm "$off" 20; warm "$on" 20
for r in $(seq "$rounds"); do measure "ceiling$r" "$ceiling"; measure "off$r" "$off"; measure "on$r" "$on"; done
list() { for r in $(seq "$rounds"); do "$@" "$r"; echo; done | tr '\n' ' '; }
share() { pct "$(rps "$1$2")" "$(rps "ceiling$2")"; }
rpsOf() { rps "$1$2"; }; msOf() { ms "$1$3" "$2"; }
for name in ceiling off on; do
  declare "rps_$name=$(list rpsOf "$name" | median)" "p50_$name=$(list msOf "$name" 50 | median)" "p99_$name=$(list msOf "$name" 99 | median)"
done
share_off=$(list share off | median); share_on=$(list share on | median)
rounds_of() { for r in $(seq "$rounds"); do printf '%s%s req/s (%s %%, p99 %s ms)' "$([ "$r" = 1 ] || echo '; ')" "$(rps "$1$r")" "$(share "$1" "$r")" "$(ms "$1$r" 99)"; done; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
echo "dotnet $(dotnet --version), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), $rounds rounds of ${secs}s each, $conns connections, $threads threads; server Release with the shipped data on SQLite"
echo "commands: bash bench/http.sh $secs $conns $threads $rounds — after warm-ups (5 s ceiling, 20 s each server), $rounds rounds of wrk -t$threads -c$conns -d${secs}s --latency -s bench/headline.lua <url> against bench/Ceiling (the same answer bytes, nothing done), Lineage.Server --Lineage:Cache:Enabled=false (cache off) and --Lineage:Cache:Enabled=true (cache on), back to back; medians over the rounds"
echo "rounds, cache off: $(rounds_of off)"
echo "rounds, cache on: $(rounds_of on)"
echo "rounds, ceiling: $(for r in $(seq "$rounds"); do printf '%s%s req/s (p99 %s ms)' "$([ "$r" = 1 ] || echo '; ')" "$(rps "ceiling$r")" "$(ms "ceiling$r" 99)"; done)"
echo
echo "| figure | goal | result |"
echo "|---|---|---|"
echo "| headline query over HTTP, cache off: req/s (median of $rounds rounds) | ≥ 30 % of the ceiling | $rps_off req/s = **$share_off %** of the ceiling |"
echo "| headline query over HTTP, cache off: p50 / p99 at $conns connections | p99 ≤ 5 ms | p50 $p50_off ms, p99 **$p99_off ms** |"
echo "| headline query over HTTP, cache on: req/s (median of $rounds rounds) | ≥ 80 % of the ceiling | $rps_on req/s = **$share_on %** of the ceiling |"
echo "| headline query over HTTP, cache on: p50 / p99 at $conns connections | — | p50 $p50_on ms, p99 $p99_on ms |"
echo "| ceiling (fixed answer bytes, bench/Ceiling) | — | $rps_ceiling req/s, p50 $p50_ceiling ms, p99 $p99_ceiling ms |"
