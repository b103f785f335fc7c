#!/usr/bin/env bash
# Derives data/registry/uk/wdtk/wdtk-council-url-names.csv: the WhatDoTheyKnow url name of each council whose WDTK id
# mySociety's council register gives (column wdtk-id), from WDTK's id_to_url_name.csv (CC BY-SA 4.0).
# Usage: scripts/derive-wdtk-council-names.sh uk_local_authorities_current.csv id_to_url_name.csv > data/registry/uk/wdtk/wdtk-council-url-names.csv
set -euo pipefail
councils=${1:?usage: $0 uk_local_authorities_current.csv id_to_url_name.csv}; names=${2:?}
ids=$(python3 -c 'import csv,sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    v = (r.get("wdtk-id") or "").strip()
    if r.get("current-authority") == "True" and v: print(int(float(v)))' "$councils" | sort -u | tr '\n' ' ')
echo "wdtk_id,url_name"
awk -F, -v ids="$ids" 'BEGIN { n = split(ids, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 } NR > 1 && ($1 in want) { print $1 "," $2 }' "$names" | sort -t, -k1,1n
