#!/usr/bin/env bash
# Builds the release app into dist/, offline: wasm-bindgen and wasm-opt are the local ones.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
