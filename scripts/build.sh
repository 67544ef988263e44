#!/usr/bin/env bash
# Builds the release app into dist/, offline: wasm-bindgen and wasm-opt are the local ones.
# `--debug` builds the debug app into dist-debug/ instead: it has the debug-only panic
# trigger (Ctrl+Alt+Shift+P) that the crash-screen test uses.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--debug" ]; then
  trunk build --offline --dist dist-debug
else
  trunk build --release --offline
fi
