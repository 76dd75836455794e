#!/usr/bin/env bash
# Idempotently installs what building sandnode needs on Debian 12:
#  - clang-19 / llvm-19 / wasi-libc: C toolchain and libc headers for QuickJS (rquickjs-sys)
#    compiled to wasm32-wasip2, so rquickjs-sys never downloads a wasi-sdk;
#  - the rustup target wasm32-wasip2 for the guest;
#  - npm (Debian's, if none is on PATH), which installs the npm test fixture;
#  - postgresql (15 on Debian 12): the server the pg npm-fixture test talks to
#    (scripts/pg-fixture.sh runs a throwaway cluster; the system one is unused).
# Safe to run repeatedly: it only acts on what is missing.
set -euo pipefail

need_apt=()
for pkg in clang-19 llvm-19 wasi-libc postgresql; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_apt+=("$pkg")
done
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing apt packages: ${need_apt[*]}" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-wasip2; then
  echo "setup: adding rustup target wasm32-wasip2" >&2
  rustup target add wasm32-wasip2
fi
