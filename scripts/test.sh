#!/usr/bin/env bash
# Quick start, step 2: the whole test suite. Installs what the build needs,
# then runs the Rust unit tests (host, and the guest's natively), the host integration tests (CLI, cache,
# snapshot, WIT world) and the differential JS suite (tests/js and the npm
# fixture's scripts in tests/npm, compared with goldens recorded from node). Ends with one line totalling every binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The npm fixture (tests/npm): exactly the committed lockfile.
(cd tests/npm && npm ci --no-audit --no-fund --loglevel=error)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
cargo test --release --locked --no-fail-fast --workspace "$@" 2>&1 | tee "$log" || status=$?
passed=$(grep -Eo '^test result: [A-Za-z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
failed=$(grep -Eo '[0-9]+ failed;' "$log" | awk '{s += $1} END {print s + 0}')
echo
echo "${passed} passed, ${failed} failed"
exit "$status"
