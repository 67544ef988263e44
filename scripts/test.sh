#!/usr/bin/env bash
# One command from a fresh machine to every test: installs, checks, tests the domain
# natively, fuzzes the decoders briefly, builds the release app and tests it in headless
# Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo "== format and lints"
cargo fmt --all -- --check
cargo clippy -p six-rounds-plan --all-targets -- -D warnings
cargo clippy -p six-rounds --target wasm32-unknown-unknown -- -D warnings

echo "== domain and string-table tests"
cargo test --workspace

echo "== fuzzing, briefly (scripts/fuzz.sh SECONDS for a longer run)"
scripts/fuzz.sh 15

echo "== release build, and the debug build for the crash-screen test"
scripts/build.sh
scripts/build.sh --debug

echo "== browser tests (Playwright, Debian Chromium)"
node --test --test-concurrency=1 tests/e2e/
