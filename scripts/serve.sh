#!/usr/bin/env bash
# One command from a fresh machine to the app in a browser: installs, builds, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}"
