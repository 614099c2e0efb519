#!/usr/bin/env bash
# Every benchmark of issue 13, and the headline benchmark of issue 11, into bench/RESULTS.md — one command:
#   bash bench/run.sh [--before COMMIT] [--transfers N=1000000]
# --before runs the same measurements on COMMIT's server too (a git worktree in a temp folder) for the "before" column;
# a measurement the older code cannot finish within LINEAGE_BENCH_TIMEOUT seconds (default 600) says so.
# Needs wrk (apt-get install wrk); GNU time (/usr/bin/time, apt-get install time) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
before=""; transfers=1000000
while [[ $# -gt 0 ]]; do
  case $1 in
    --before) before=${2:?--before needs a commit}; shift 2 ;;
    --transfers) transfers=${2:?--transfers needs a number}; shift 2 ;;
    *) echo "usage: bash bench/run.sh [--before COMMIT] [--transfers N]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing: apt-get install time" >&2; exit 1; }
work=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null || true; [[ -n "$before" ]] && git worktree remove --force "$work/before" 2>/dev/null; rm -rf "$work"' EXIT
started=$(date +%s)
trap 'echo "bench/run.sh: line $LINENO exited $?" >&2' ERR

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), dotnet $(dotnet --version), wrk $( (wrk -v 2>&1 || true) | head -1 | awk '{print $2}')"
echo "machine: $machine" >&2

echo "== generating the ${transfers}-transfer dataset" >&2
dotnet build -c Release bench/Generator -v q --nologo >/dev/null
dotnet bench/Generator/bin/Release/net10.0/Lineage.Bench.Generator.dll --transfers "$transfers" --seed 1 --out "$work/dataset" >&2

# Each part prints its machine line, commands and rows `| figure | goal | result |` on stdout; the rows go into the table,
# the rest under "Commands". LINEAGE_BENCH_SERVER names the server project each part publishes.
part() { # label, title, command…
  local label=$1 title=$2; shift 2
  parts=$((parts + 1))
  echo "== [$label] $title" >&2
  # stderr goes to the terminal as it comes and to a file, so a part that fails can say why in its row.
  local out rc=0
  out=$( { timeout "${LINEAGE_BENCH_TIMEOUT:-600}" "$@" 2>&1 1>&3 3>&- | tee "$work/stderr" >&2 3>&-; exit "${PIPESTATUS[0]}"; } 3>&1 ) || rc=$?
  if [[ $rc -ne 0 ]]; then
    local why; why=$(grep -v '^[[:space:]]*$' "$work/stderr" | tail -1 | cut -c1-160 | tr '|' '/')  || true
    [[ $rc -eq 124 ]] && why="did not finish within ${LINEAGE_BENCH_TIMEOUT:-600} s" || why="failed (exit $rc): $why"
    out+=$'\n'"| $title | | $why |"
    echo "!! [$label] $title: $why" >&2
  fi
  # Each row keeps the number of its part, so a part that failed on one side shows its reason on the other's rows.
  grep '^| ' <<<"$out" | grep -v -e '^| figure |' | sed "s/^/$parts/" >>"$work/rows-$label.md" || true
  { echo "### $title ($label)"; echo; grep -v '^|' <<<"$out" | sed '/^$/d' | sed 's/^/    /' || true; echo; } >>"$work/commands-$label.md"
}
measure() { # label, server project
  : >"$work/rows-$1.md"; : >"$work/commands-$1.md"; parts=0
  export LINEAGE_BENCH_SERVER=$2 LINEAGE_BENCH_DATASET=$work/dataset LINEAGE_BENCH_DB=$work/$1.db
  part "$1" "headline over HTTP (bench/http.sh)" bash bench/http.sh
  part "$1" "import, start-up and memory (bench/import.sh)" bash bench/import.sh "$transfers"
  if [[ -s "$work/$1.db" ]]; then
    part "$1" "1,000 random questions (bench/questions.sh)" bash bench/questions.sh "$work/dataset" "$work/$1.db"
  else
    parts=$((parts + 1))
    echo "$parts| 1,000 random questions (bench/questions.sh) | | not measured: the import did not finish |" >>"$work/rows-$1.md"
  fi
  unset LINEAGE_BENCH_SERVER LINEAGE_BENCH_DATASET LINEAGE_BENCH_DB
}
# A part that fails says so in its row; nothing stops the others or the results file (|| keeps set -e out of them).
measure after src/Lineage.Server || echo "the measurements ended early (exit $?)" >&2
if [[ -n "$before" ]]; then
  # Today's scripts and tools drive the older server, so both columns are measured the same way.
  git worktree add -q --detach "$work/before" "$before"
  measure before "$work/before/src/Lineage.Server" || echo "the measurements of $before ended early (exit $?)" >&2
fi

echo "== engine micro-benchmarks (BenchmarkDotNet, bench/Engine)" >&2
LINEAGE_BENCH_TRANSFERS=$transfers dotnet run -c Release --project bench/Engine -- --filter '*' --artifacts "$work/bdn" >"$work/bdn.log" 2>&1 \
  || { tail -20 "$work/bdn.log" >&2; echo "BenchmarkDotNet failed" >&2; exit 1; }

dirty=$(git diff --quiet -- . ':!bench/RESULTS.md' || echo ' (with uncommitted changes)')
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash bench/run.sh${before:+ --before $before}${transfers:+ --transfers $transfers}\` on $(date -u +%Y-%m-%d) at commit $(git rev-parse --short HEAD)$dirty, in $(( ($(date +%s) - started) / 60 )) min."
  echo
  echo "**Machine**: $machine. The load generator (wrk) and the server share the two cores."
  echo
  if [[ -n "$before" ]]; then
    echo "| figure | goal | before ($before) | after |"
    echo "|---|---|---|---|"
    # Rows joined on their figure. A row only the after side has shows, on the before side, why that part failed
    # there (a row whose goal is empty is a part's failure) or a dash.
    awk 'function row(line, f) { n = line; sub(/\|.*/, "", n); sub(/^[0-9]+\| /, "", line); sub(/ \|$/, "", line); split(line, f, " *\\| *") }
      NR==FNR { row($0, f); if (f[2] == "") failed[n] = f[3]; else b[f[1]] = f[3]; next }
      { row($0, f); print "| " f[1] " | " f[2] " | " (f[1] in b ? b[f[1]] : n in failed ? failed[n] : "—") " | " f[3] " |" }' \
      "$work/rows-before.md" "$work/rows-after.md"
  else
    echo "| figure | goal | result |"
    echo "|---|---|---|"
    sed 's/^[0-9]*|/|/' "$work/rows-after.md"
  fi
  echo
  echo "## The lineage engine alone (BenchmarkDotNet, $transfers-transfer generated graph and the shipped data)"
  echo
  for f in "$work"/bdn/results/*-report-github.md; do sed -n '/^|/p' "$f"; echo; done
  echo "## Commands and machine lines each part printed"
  echo
  cat "$work/commands-after.md"
  [[ -n "$before" ]] && cat "$work/commands-before.md"
  echo "## How each row is measured"
  echo
  echo "- Headline over HTTP: \`bench/http.sh\` — the headline query of DESIGN.md §3 (\`bench/headline.json\`) with wrk beside \`bench/Ceiling\`, an endpoint answering the same bytes: three rounds of the ceiling, cache off and cache on back to back, and the medians over the rounds (each share of the ceiling against the ceiling of its own round)."
  echo "- Import, start-up and memory: \`bench/import.sh DATASET DB\` — the CLI import into an empty SQLite file under /usr/bin/time; the server until /readyz answers; VmRSS of the serving process."
  echo "- Random questions: \`bench/questions.sh DATASET DB\` — \`bench/Questions\` draws 1,000 questions (ministry, agency, program and region selectors, maxHops 1–8, stages, windows; seed 1) and times each after a warm-up pass."
} >bench/RESULTS.md
echo "wrote bench/RESULTS.md" >&2
