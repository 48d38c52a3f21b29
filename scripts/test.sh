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

tally() {  # suite, passed, failed, exit code
  local suite=$1 pass=${2:-0} fail=${3:-0} code=$4
  # A crash before the summary is a failure even when no test was counted as failed.
  if [ "$code" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  [ "$fail" -ne 0 ] && broken+=("$suite")
  printf '%-24s %s passed, %s failed (%s s)\n' "$suite:" "$pass" "$fail" "$((SECONDS - started))"
  started=$SECONDS
  total_pass=$((total_pass + pass)) total_fail=$((total_fail + fail))
}

gtest_suite() {  # name, command...
  local name=$1; shift
  local log="$logs/$name.log"
  "$@" --gtest_brief=1 >"$log" 2>&1
  local code=$?
  grep -E '^\[  FAILED  \]|Failure|ERROR|Sanitizer' "$log" | head -40
  local pass fail
  pass=$(grep -oP '^\[  PASSED  \] \K[0-9]+' "$log" | tail -1)
  fail=$(grep -oP '^\[  FAILED  \] \K[0-9]+(?= tests?, listed below)' "$log" | tail -1)
  [ "$code" -ne 0 ] && tail -20 "$log"
  tally "$name" "${pass:-0}" "${fail:-0}" "$code"
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1
for s in core ui server; do gtest_suite "native-$s" "build/tests/khiw_${s}_tests"; done
for s in core server; do gtest_suite "asan-$s" "build-asan/tests/khiw_${s}_tests"; done
gtest_suite wasm-core node build-wasm/tests/khiw_core_tests.js

# Every libFuzzer target a few seconds (scripts/fuzz.sh runs the long campaigns): a target passes without a
# finding. The table and any finding's first lines are shown.
fuzz_log="$logs/fuzz.log"
scripts/fuzz.sh 4 >"$fuzz_log" 2>&1
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
