#!/usr/bin/env bash
# Adds a migration named $1 to both engines' migration sets (SQLite and PostgreSQL).
# Usage: scripts/add-migration.sh AddCampaigns
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for engine in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "src/Sightline.Storage.$engine" \
    --startup-project "src/Sightline.Storage.$engine" \
    --context "${engine}SightlineDbContext" \
    --output-dir Migrations
done
