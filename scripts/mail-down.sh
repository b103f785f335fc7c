#!/usr/bin/env bash
# Stops the test mail system started by scripts/mail-up.sh and waits until its ports are free.
set -uo pipefail
M=${MAILTEST_DIR:-/tmp/sightline-mail}
postfix stop >/dev/null 2>&1
[ -f "$M/run/master.pid" ] && kill "$(cat "$M/run/master.pid")" 2>/dev/null
for i in $(seq 50); do
  (exec 3<>/dev/tcp/127.0.0.1/1143) 2>/dev/null || (exec 3<>/dev/tcp/127.0.0.1/2525) 2>/dev/null || exit 0
  sleep 0.1
done
echo "warning: mail ports still open" >&2
