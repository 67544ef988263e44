#!/usr/bin/env bash
# Installs whatever Six Rounds needs and this machine lacks; quick when all is there.
# Everything comes from Debian's packages, crates.io and the npm registry: no other download.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Chromium (Debian package) for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "== adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk 0.21.14"; then
  echo "== installing Trunk 0.21.14 (about 10-14 minutes the first time)"
  cargo install --locked trunk --version 0.21.14
fi

# Must equal the wasm-bindgen pinned in Cargo.toml. Not --locked: that tree asks for a
# webpki-roots version the registry does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen 0.2.130"; then
  echo "== installing wasm-bindgen-cli 0.2.130 (about 5 minutes the first time)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi

# wasm-opt (binaryen 132), Playwright and axe-core, pinned by package-lock.json.
if ! cmp -s package-lock.json node_modules/.six-rounds-lock 2>/dev/null; then
  echo "== installing the npm tools (binaryen, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.six-rounds-lock
fi
