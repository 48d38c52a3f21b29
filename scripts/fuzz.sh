#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ for a bounded time each:
#   scripts/fuzz.sh [seconds_per_target] [target...]     e.g. scripts/fuzz.sh 3600 server_requests_fuzz
# The targets are build-asan's (`scripts/build.sh asan`, unoptimised: what the test command runs for seconds),
# or with KHIW_FUZZ_BUILD=build-fuzz the optimised ones of `scripts/build.sh fuzz`, for long campaigns.
# Each target starts from a copy of its committed seed corpus (tests/fuzz/corpus/<target>/, never grown in
# place), with the dictionary tests/fuzz/json.dict. Per target it prints executions, executions per second, coverage (libFuzzer's `cov:` edges)
# and findings (crash, hang over 5 s, out of memory, leak); a finding's input is kept under
# <build>/fuzz-findings/<target>/ for `<build>/tests/fuzz/<target> <file>` to replay. The last line
# is "fuzz: N targets, M findings"; the exit code is non-zero when M > 0.
# A long campaign may span several runs: with KHIW_FUZZ_KEEP=DIR each target's corpus lives on in
# DIR/<target>/ (seeded once from the committed one), its executions add up in DIR/<target>.execs
# (the "total" column) and its CPU seconds in DIR/<target>.seconds (the "CPU s" column): the goal is
# 10 million executions or an hour per target, and CPU time counts that hour truly when other work
# shares the cores. KHIW_FUZZ_RUNS=N also stops a target after N executions (e.g. 10000000);
# KHIW_FUZZ_JOBS=N runs N targets at a time (default 1).
set -uo pipefail
TIMEFORMAT='%U %S'
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
shift || true
build=${KHIW_FUZZ_BUILD:-build-asan}
bin_dir=$build/tests/fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for b in "$bin_dir"/*_fuzz; do [ -x "$b" ] && targets+=("$(basename "$b")"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz.sh: no targets in $bin_dir (run scripts/build.sh asan or fuzz)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keep=${KHIW_FUZZ_KEEP:-}
printf '%-22s %12s %12s %8s %9s %7s %9s\n' target executions total 'CPU s' exec/s edges findings
# One target: its table row (after the first lines of any finding) in $work/<target>.row, its count of
# findings in $work/<target>.n.
run_target() {
  local t=$1
  bin="$bin_dir/$t"
  [ -x "$bin" ] || { echo "fuzz.sh: no target $t" >&2; echo 1 >"$work/$t.n"; return; }
  corpus="${keep:-$work}/$t"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    cp -r "tests/fuzz/corpus/${t%_fuzz}/." "$corpus/" 2>/dev/null || true
  fi
  found="$build/fuzz-findings/$t"
  rm -rf "$found" && mkdir -p "$found"
  log="$work/$t.log"
  # Leaks are findings too; one worker per target.
  { time ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
    "$bin" -max_total_time="$seconds" ${KHIW_FUZZ_RUNS:+-runs="$KHIW_FUZZ_RUNS"} -timeout=5 -rss_limit_mb=2048 \
    -print_final_stats=1 -dict=tests/fuzz/json.dict -artifact_prefix="$found/" "$corpus" >"$log" 2>&1; } \
    2>"$work/$t.cpu"
  code=$?
  cpu_s=$(awk '{ printf "%d", $1 + $2 }' "$work/$t.cpu")  # user + system
  execs=$(grep -oP '^stat::number_of_executed_units:\s*\K[0-9]+' "$log" | tail -1)
  rate=$(grep -oP '^stat::average_exec_per_sec:\s*\K[0-9]+' "$log" | tail -1)
  edges=$(grep -oP '\bcov: \K[0-9]+' "$log" | tail -1)
  total=${execs:-0}
  total_cpu_s=${cpu_s:-0}
  if [ -n "$keep" ]; then
    total=$(( $(cat "$keep/$t.execs" 2>/dev/null || echo 0) + ${execs:-0} ))
    total_cpu_s=$(( $(cat "$keep/$t.seconds" 2>/dev/null || echo 0) + ${cpu_s:-0} ))
    echo "$total" >"$keep/$t.execs"
    echo "$total_cpu_s" >"$keep/$t.seconds"
  fi
  n=$(find "$found" -type f | wc -l)
  [ "$code" -ne 0 ] && [ "$n" -eq 0 ] && n=1  # died without writing an input (e.g. at start-up)
  {
    if [ "$n" -gt 0 ]; then
      cp "$log" "$found/log.txt"
      grep -m3 -E 'ERROR|runtime error|fuzz property broken|terminate called|deadly signal' "$log" | sed 's/^/    /'
    else
      rm -rf "$found"
    fi
    printf '%-22s %12s %12s %8s %9s %7s %9s\n' "${t%_fuzz}" "${execs:-0}" "$total" "$total_cpu_s" "${rate:-0}" \
      "${edges:-0}" "$n"
  } >"$work/$t.row"
  echo "$n" >"$work/$t.n"
}

# KHIW_FUZZ_JOBS targets run side by side (the test command runs two, one per core); the rows keep the
# targets' order.
jobs=${KHIW_FUZZ_JOBS:-1}
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  run_target "$t" &
done
wait
findings=0
for t in "${targets[@]}"; do
  cat "$work/$t.row" 2>/dev/null
  findings=$((findings + $(cat "$work/$t.n")))
done
echo "fuzz: ${#targets[@]} targets, $findings findings"
[ "$findings" -eq 0 ]
