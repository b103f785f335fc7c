#!/usr/bin/env bash
# Stops the test PostgreSQL cluster started by scripts/pg-up.sh.
set -euo pipefail
D=${PGTEST_DIR:-/tmp/sightline-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
as_pg "$BIN/pg_ctl -D $D -m fast -w stop" >/dev/null 2>&1 || true
