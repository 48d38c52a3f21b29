#!/usr/bin/env bash
# Sets up a fresh machine, builds everything and runs every test suite:
#   native GoogleTest (core, ui, server), core and server again under ASan+UBSan, the libFuzzer targets briefly,
#   core tests as WASM under node, and browser tests in headless Chromium against the real server and the real web bundle.
# Each suite prints its passed count and how long it took; the last line totals them.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh || exit 1
echo "set-up: ${SECONDS} s"
started=$SECONDS
scripts/build.sh tests || exit 1
echo "build: $((SECONDS - started)) s"
started=$SECONDS

logs=$(mktemp -d)
total_pass=0 total_fail=0 broken=()

tally() {  # suite, passed, failed, exit code[, seconds: the suite's own time when it ran beside another]
  local suite=$1 pass=${2:-0} fail=${3:-0} code=$4
  # A crash before the summary is a failure even when no test was counted as failed.
  if [ "$code" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  [ "$fail" -ne 0 ] && broken+=("$suite")
  printf '%-24s %s passed, %s failed (%s s)\n' "$suite:" "$pass" "$fail" "${5:-$((SECONDS - started))}"
  started=$SECONDS
  total_pass=$((total_pass + pass)) total_fail=$((total_fail + fail))
}

# GoogleTest binaries run in the background, two at a time (one per core): `start` one (or one shard of
# one, through GTEST_TOTAL_SHARDS), then `finish` a suite from its parts. The server suites run alone:
# a few of their tests time the server's answers.
declare -A pids
start() {  # part, command...: its output in $logs/<part>.log, its seconds in $logs/<part>.s
  local part=$1; shift
  ( SECONDS=0; "$@" --gtest_brief=1 >"$logs/$part.log" 2>&1; code=$?; echo "$SECONDS" >"$logs/$part.s"; exit "$code" ) &
  pids[$part]=$!
}
finish() {  # suite[, its parts (default: the suite alone)]: waits for them, shows their failures, tallies them
  local suite=$1 code=0 pass=0 fail=0 seconds=0 n part log part_code; shift
  [ $# -gt 0 ] || set -- "$suite"
  for part; do
    wait "${pids[$part]}"
    part_code=$?
    [ "$part_code" -ne 0 ] && code=$part_code
    log="$logs/$part.log"
    grep -E '^\[  FAILED  \]|Failure|ERROR|Sanitizer' "$log" | head -40
    n=$(grep -oP '^\[  PASSED  \] \K[0-9]+' "$log" | tail -1); pass=$((pass + ${n:-0}))
    n=$(grep -oP '^\[  FAILED  \] \K[0-9]+(?= tests?, listed below)' "$log" | tail -1); fail=$((fail + ${n:-0}))
    [ "$part_code" -ne 0 ] && tail -20 "$log"
    n=$(cat "$logs/$part.s"); [ "$n" -gt "$seconds" ] && seconds=$n
  done
  tally "$suite" "$pass" "$fail" "$code" "$seconds"
}
shards() {  # suite, command...: its two halves side by side
  local suite=$1; shift
  start "$suite.0" env GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=0 "$@"
  start "$suite.1" env GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=1 "$@"
  finish "$suite" "$suite.0" "$suite.1"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
start wasm-core node build-wasm/tests/khiw_core_tests.js
start native-core build/tests/khiw_core_tests
finish native-core
start native-ui build/tests/khiw_ui_tests
finish native-ui
finish wasm-core
start native-server build/tests/khiw_server_tests
finish native-server
shards asan-core build-asan/tests/khiw_core_tests
start asan-server build-asan/tests/khiw_server_tests
finish asan-server

# Every libFuzzer target a few seconds, two at a time (scripts/fuzz.sh runs the long campaigns): a target
# passes without a finding. The table and any finding's first lines are shown.
fuzz_log="$logs/fuzz.log"
KHIW_FUZZ_JOBS=2 scripts/fuzz.sh 4 >"$fuzz_log" 2>&1
code=$?
grep -E '^    |^fuzz:' "$fuzz_log"
fuzz_targets=$(grep -oP '^fuzz: \K[0-9]+' "$fuzz_log")
fuzz_failed=$(awk '/^[a-z0-9_]+ / && NF == 7 && $7 ~ /^[1-9][0-9]*$/' "$fuzz_log" | wc -l)  # table rows with findings
tally fuzz "$(( ${fuzz_targets:-0} - fuzz_failed ))" "$fuzz_failed" "$code"

browser_log="$logs/browser.log"
KHIW_SERVER_BIN="$root/build/server-stub/khiw-server" KHIW_WEB_ROOT="$root/build-wasm/web-test" \
  node --test --test-reporter=tap tests/browser/ >"$browser_log" 2>&1
code=$?
grep -E '^not ok|^# fail [1-9]|Error' "$browser_log" | grep -v dbus | head -40
tally browser "$(grep -oP '^# pass \K[0-9]+' "$browser_log")" "$(grep -oP '^# fail \K[0-9]+' "$browser_log")" "$code"

[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]} (logs in $logs)"
echo "total: $total_pass passed, $total_fail failed ($SECONDS s)"
[ "$total_fail" -eq 0 ]
