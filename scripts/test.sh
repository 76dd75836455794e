#!/usr/bin/env bash
# Quick start, step 2: the whole test suite. Installs what the build needs,
# then runs the Rust unit tests, the host integration tests (CLI, cache,
# signals, sandbox) and the differential JS suite (tests/js, compared with
# goldens recorded from node).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo test --release --locked --no-fail-fast "$@"
