#!/usr/bin/env bash
# Installs everything khiw needs on a fresh Debian bookworm machine. Idempotent: a second run only checks.
# Third-party sources land in deps/ (ignored by git); nothing third-party is committed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
deps="$root/deps"
# The stamp names this script's hash: editing the script (a new package) makes the next run install again.
stamp="$deps/.setup-$(sha1sum "$0" | cut -c1-12)"
[ -f "$stamp" ] && exit 0

sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  build-essential cmake pkg-config ninja-build clang-14 libclang-rt-14-dev lld-14
  emscripten
  nlohmann-json3-dev libsqlite3-dev sqlite3 libcpp-httplib-dev libsodium-dev zlib1g-dev libbrotli-dev brotli
  googletest libgtest-dev libbenchmark-dev
  fonts-thai-tlwg-ttf chromium zbar-tools qrencode dpkg-dev curl
)

# Sources for imgui, qrencode and zbar come from Debian's deb-src entries.
src_list=/etc/apt/sources.list.d/khiw-src.sources
if [ ! -f "$src_list" ]; then
  sudo_ tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] || [ -n "${apt_updated+x}" ] || [ ! -d "$deps/imgui" ] || [ ! -d "$deps/zbar" ]; then
  sudo_ apt-get update -qq
fi
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_ env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

mkdir -p "$deps"
cd "$deps"
if [ ! -d imgui ]; then
  rm -rf imgui-src && mkdir imgui-src && (cd imgui-src && apt-get source -qq imgui >/dev/null)
  mv "$(find imgui-src -maxdepth 1 -mindepth 1 -type d | head -1)" imgui && rm -rf imgui-src
fi
if [ ! -d qrencode ]; then
  rm -rf qr-src && mkdir qr-src && (cd qr-src && apt-get source --download-only -qq qrencode >/dev/null || true)
  tar -xjf qr-src/qrencode_*.orig.tar.bz2 -C qr-src
  mv "$(find qr-src -maxdepth 1 -mindepth 1 -type d | head -1)" qrencode && rm -rf qr-src
fi
# zbar (the counter's QR scanner, shell/scanner/): unpacked by dpkg-source, which applies Debian's patches
# (the bookworm security fixes to the QR decoder among them). apt checked the files against the signed
# index; --no-check skips the uploader's signature, whose keyring is not installed.
if [ ! -d zbar ]; then
  rm -rf zbar-src && mkdir zbar-src && (cd zbar-src && apt-get source --download-only -qq zbar >/dev/null)
  dpkg-source --no-check -x zbar-src/zbar_*.dsc zbar-src/tree >/dev/null
  mv zbar-src/tree zbar && rm -rf zbar-src
fi
# The WASM build must not see /usr/include (it would pull glibc): give it a folder with only nlohmann.
mkdir -p json-include && rm -rf json-include/nlohmann && cp -r /usr/include/nlohmann json-include/

cd "$root"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
rm -f "$deps"/.setup-*
touch "$stamp"
