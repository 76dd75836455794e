#!/usr/bin/env bash
# Formatting and clippy (warnings denied) for the host and the guest, as run
# before each commit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo fmt --all --check
cargo clippy --release --locked -p sandnode --all-targets -- -D warnings
cargo clippy --release --locked -p runtime-guest --target wasm32-wasip2 -- -D warnings
