#!/usr/bin/env bash
# A throwaway PostgreSQL server for the pg npm-fixture test (tests/npm/pg.js).
#
#   scripts/pg-fixture.sh start   # prints "started" or "already running"
#   scripts/pg-fixture.sh stop    # prints "stopped" or "not running"
#   scripts/pg-fixture.sh status
#
# The cluster lives under /tmp/sandnode-pg (data, log, socket), listens only
# on 127.0.0.1:54329 and trusts every connection there (user postgres,
# database postgres): it holds nothing but test tables. The unix socket is
# private to its owner. Both commands are idempotent and serialised with a
# lock, so concurrent test runs do not initialise or start it twice.
# Postgres refuses to run as root: as root, the server runs as the
# `postgres` user (Debian's postgresql package creates it; scripts/setup.sh
# installs the package); as anyone else, as that user.
set -euo pipefail

PORT=54329
BASE=/tmp/sandnode-pg
DATA=$BASE/data
SOCK=$BASE/sock
LOG=$BASE/server.log

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return; }
  echo "pg-fixture: PostgreSQL is not installed (run scripts/setup.sh)" >&2
  exit 1
}

# Runs a command as the user that owns the cluster.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "pg-fixture: no 'postgres' user to run the server as" >&2; exit 1; }
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

running() {
  [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
  mkdir -p "$BASE"
  chmod 755 "$BASE"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$BASE"; fi
  as_owner mkdir -p "$SOCK"
  as_owner chmod 700 "$SOCK"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    as_owner "$BIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
}

start() {
  if running; then echo "already running"; return; fi
  init_cluster
  # fsync off: a test cluster need not survive a crash, and it starts faster.
  # The server must not inherit our stdio (a caller reading our output to
  # the end would wait forever) nor the lock's descriptor (9).
  if ! as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 30 start -o \
    "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c fsync=off" \
    </dev/null >/dev/null 2>&1 9>&-; then
    echo "pg-fixture: the server did not start; the end of $LOG:" >&2
    tail -n 20 "$LOG" >&2 || true
    exit 1
  fi
  echo "started"
}

stop() {
  if ! running; then echo "not running"; return; fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
  echo "stopped"
}

BIN=$(pg_bin)
mkdir -p "$BASE"
exec 9>"$BASE.lock"
flock 9
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running on 127.0.0.1:$PORT"; else echo "not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
