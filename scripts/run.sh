#!/usr/bin/env bash
# Sets up a fresh machine, builds, and runs khiw on http://127.0.0.1:${KHIW_PORT:-8080}/ with its SQLite
# database under var/ (created and seeded with demo data on first start).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh
scripts/build.sh native wasm
mkdir -p var
# Demo activity keeps the live counts moving at four offices across the city: Phra Nakhon (centre),
# Chatuchak (north), Bang Khae (west) and Bang Na (south-east).
# The demo staff passwords are printed once, at the first start: kept in var/demo-staff.txt (only for
# this user) so counter mode can be opened later too.
umask 077
exec build/server-stub/khiw-server --host 127.0.0.1 --port "${KHIW_PORT:-8080}" \
  --db var/khiw.sqlite --web-root build-wasm/web --data-dir data --demo-activity 1001,1030,1040,1047 \
  2> >(tee >(grep --line-buffered 'demo staff' >>var/demo-staff.txt) >&2)
