#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests on 127.0.0.1:${PGTEST_PORT:-55432} (trust auth, fsync off).
# Stop it with scripts/pg-down.sh.
set -euo pipefail
D=${PGTEST_DIR:-/tmp/sightline-pg}
PORT=${PGTEST_PORT:-55432}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] && [ -x "$BIN/initdb" ] || { echo "PostgreSQL server binaries not found (run scripts/test-deps.sh)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
if [ ! -f "$D/PG_VERSION" ]; then
  mkdir -p "$D"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$D"
  as_pg "$BIN/initdb -D $D -A trust -U postgres -E UTF8 --no-sync" >/dev/null
fi
if ! as_pg "$BIN/pg_ctl -D $D status" >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl -D $D -l $D/server.log -w -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300' start" >/dev/null
fi
echo "PostgreSQL on 127.0.0.1:$PORT"
