#!/usr/bin/env bash
# Builds what is asked (default: native release + web bundle). Incremental: only what changed is rebuilt.
#   native  build/       server, native tests, benches (Release)
#   asan    build-asan/  core and server tests under AddressSanitizer + UndefinedBehaviorSanitizer (where the
#                        parsing of untrusted input lives; the UI suite, all drawing, runs natively: under
#                        ASan its build alone took 5 of CI's minutes), built by clang with the libFuzzer
#                        targets of tests/fuzz/ linking the same objects (scripts/fuzz.sh runs them)
#   fuzz    build-fuzz/  the libFuzzer targets alone, optimised (-O2, asserts kept): what scripts/fuzz.sh's long
#                        campaign runs (KHIW_FUZZ_BUILD=build-fuzz), several times faster per input than
#                        build-asan's unoptimised ones, which the test command runs for seconds
#   wasm    build-wasm/  web bundles (web/, web-test/) and the core tests compiled to WASM
#   tests   what scripts/test.sh runs, and only that: asan, plus native and wasm without the benches and the
#           production bundles (the same code as web-test/'s, less the test probe)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten needs node-acorn from there
jobs=${KHIW_JOBS:-2}

configure() {  # dir, then cmake args; configures once, later builds reuse it
  local dir=$1; shift
  mkdir -p "$dir"
  [ -f "$dir/build.ninja" ] || "$@" -S . -B "$dir" -G Ninja >"$dir/configure.log" 2>&1 ||
    { cat "$dir/configure.log"; exit 1; }
}

native() {  # cmake --build arguments
  configure build cmake -DCMAKE_BUILD_TYPE=Release
  cmake --build build -j"$jobs" "$@"
}
wasm() {
  configure build-wasm emcmake cmake -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node
  cmake --build build-wasm -j"$jobs" "$@"
}
asan() {
  # A tree configured by gcc before the fuzz targets cannot change compiler in place: start it again.
  grep -qs '^CMAKE_CXX_COMPILER:.*clang' build-asan/CMakeCache.txt || rm -rf build-asan
  configure build-asan env CC=clang-14 CXX=clang++-14 cmake -DCMAKE_BUILD_TYPE=Debug -DKHIW_SANITIZE=ON
  cmake --build build-asan -j"$jobs" --target khiw_core_tests khiw_server_tests khiw-server \
    khiw-server-testclock khiw_fuzz
}
fuzz() {
  configure build-fuzz env CC=clang-14 CXX=clang++-14 cmake -DCMAKE_BUILD_TYPE=Fuzz -DKHIW_SANITIZE=ON \
    -DCMAKE_C_FLAGS_FUZZ=-O2 -DCMAKE_CXX_FLAGS_FUZZ=-O2
  cmake --build build-fuzz -j"$jobs" --target khiw_fuzz
}

for what in "${@:-native wasm}"; do
  for w in $what; do
    case $w in
      native) native ;;
      wasm)   wasm ;;
      asan)   asan ;;
      fuzz)   fuzz ;;
      tests)  native --target khiw_core_tests khiw_ui_tests khiw_server_tests khiw-server khiw-server-testclock
              wasm --target khiw_test_page khiw_core_tests
              asan ;;
      *) echo "build.sh: unknown target '$w' (native, asan, fuzz, wasm, tests)" >&2; exit 2 ;;
    esac
  done
done
