#!/usr/bin/env bash
# Fuzzes every decoder of outside input — share links, plan files, the CSV importers — with
# libFuzzer (cargo-fuzz, on nightly) for SECONDS each (default 300), starting from a seed
# corpus of real links, files and CSV. Prints executions and findings per target. A crash is
# saved under fuzz/artifacts/<target>/ and fails the run: turn it into a regression test.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-300}"

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

# The seed corpus: the load fixtures as files and as links in both forms, and CSV samples.
rm -rf fuzz/corpus
mkdir -p fuzz/corpus/link fuzz/corpus/plan_file fuzz/corpus/csv_importers
cp crates/plan/tests/fixtures/load/*.json fuzz/corpus/plan_file/
cp fuzz/seeds/csv_importers/* fuzz/corpus/csv_importers/
python3 - <<'PY'
import base64, glob, os, urllib.parse, zlib
for path in glob.glob("crates/plan/tests/fixtures/load/*.json"):
    data = open(path, "rb").read()
    name = os.path.basename(path)[:-len(".json")]
    packed = base64.urlsafe_b64encode(zlib.compress(data, 9)).decode().rstrip("=")
    open(f"fuzz/corpus/link/{name}-z", "w").write("z=" + packed)
    text = data.decode("utf-8", "replace")
    open(f"fuzz/corpus/link/{name}-json", "w").write("json=" + urllib.parse.quote(text, safe=""))
PY

status=0
for target in link plan_file csv_importers; do
  log="fuzz/corpus/$target.log"
  if cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
      -max_total_time="$seconds" -max_len=131072 -print_final_stats=1 >"$log" 2>&1; then
    outcome="no crash"
  else
    outcome="CRASH: see fuzz/artifacts/$target/ and $log"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  printf '%-14s %8s executions in %ss, corpus %s inputs, %s\n' "$target" "$runs" "$seconds" "$corpus" "$outcome"
done
exit "$status"
