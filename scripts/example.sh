#!/usr/bin/env bash
# Quick start, step 1: install what the build needs, build everything (the
# host builds and embeds the wasm guest), and run an example program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --locked
exec target/release/sandnode examples/hello.js "$@"
