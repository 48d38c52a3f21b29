#!/usr/bin/env bash
# Benchmarks entry point: builds (incrementally) and prints every figure with its ratio to the goal.
#   web budgets (first load gzip, first frame vs a bare Dear ImGui page, frame CPU at 390x844) · the
#   counter's QR scanner (its download, camera frame → decoded code) · the display board's update
#   latency · core
#   simulator (walk-in vs booking) · server load (bookings/s, polls/s)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh
scripts/build.sh native wasm
echo "== web budgets =="
node bench/web_bundle.mjs
echo "== counter scanner =="
node bench/scanner.mjs
echo "== display board =="
node bench/board.mjs
for b in build/bench/bench_*; do
  [ -x "$b" ] || continue
  echo "== ${b##*/bench_} =="
  "$b"
done
