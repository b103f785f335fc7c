#!/usr/bin/env bash
# Runs Sightline's whole test suite from a clean checkout:
#   1. installs the Debian packages the tests use (PostgreSQL, poppler, tesseract, Chromium ...) if missing,
#   2. starts local servers on loopback (a throwaway PostgreSQL on 127.0.0.1:55432; Postfix SMTP on 127.0.0.1:2525 and
#      Dovecot IMAP on 127.0.0.1:1143 for the mail tests),
#   3. builds in Release (analyzers enforce the style) and runs every test project,
#   4. ends with the line "N passed, N failed" and exits non-zero on any failure.
# Usage: ./test.sh [extra dotnet test options, e.g. --filter-class ...]
set -uo pipefail
cd "$(dirname "$0")"
results=artifacts/test-results
rm -rf "$results"; mkdir -p "$results"

scripts/test-deps.sh || { echo "0 passed, 1 failed"; echo "error: could not install test dependencies" >&2; exit 1; }
scripts/pg-up.sh || { echo "0 passed, 1 failed"; echo "error: could not start PostgreSQL" >&2; exit 1; }
scripts/mail-up.sh || { echo "0 passed, 1 failed"; echo "error: could not start Postfix and Dovecot" >&2; exit 1; }
export SIGHTLINE_TEST_REQUIRE_MAIL=1
export SIGHTLINE_TEST_POSTGRES="Host=127.0.0.1;Port=${PGTEST_PORT:-55432};Username=postgres;Pooling=true"
export SIGHTLINE_TEST_REQUIRE_POSTGRES=1
export SIGHTLINE_TEST_REQUIRE_TOOLS=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! dotnet build Sightline.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  echo "error: the build failed" >&2
  exit 1
fi

dotnet test --solution Sightline.slnx -c Release --no-build --report-trx --results-directory "$results" "$@"
status=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  total=$((total + $(get total)))
done
skipped=$((total - passed - failed))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # a test host crashed or a project ran no tests: never report a green run
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
