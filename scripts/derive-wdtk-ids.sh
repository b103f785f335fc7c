#!/usr/bin/env bash
# Derives data/registry/uk/wdtk/wdtk-ids.csv from WhatDoTheyKnow's authorities_id_lookup.csv (mySociety, CC BY-SA 4.0):
# keeps the schemes Sightline uses (gss, urn, ukprn, NHS ODS codes as "ods") and only identifiers that map to exactly one
# WDTK body and vice versa within a scheme (so an identifier never names two bodies).
# Usage: scripts/derive-wdtk-ids.sh PATH/TO/authorities_id_lookup.csv > data/registry/uk/wdtk/wdtk-ids.csv
set -euo pipefail
src=${1:?usage: scripts/derive-wdtk-ids.sh authorities_id_lookup.csv}
echo "scheme,id,wdtk"
awk -F, 'NR > 1 && NF == 3 {
  s = $1
  if (s == "nhsods" || s == "nhsorgcode" || s == "nhsorg" || s == "ods") s = "ods"
  else if (s != "gss" && s != "urn" && s != "ukprn") next
  id = toupper($2); gsub(/^[ \t]+|[ \t\r]+$/, "", id)
  if (id == "" || $3 == "") next
  key = s SUBSEP id
  if (!(key in first)) { first[key] = $3; order[++n] = key } else if (first[key] != $3) bad[key] = 1
  byname[s SUBSEP $3]++
}
END {
  for (i = 1; i <= n; i++) {
    k = order[i]; split(k, p, SUBSEP)
    if (!(k in bad) && byname[p[1] SUBSEP first[k]] == 1) print p[1] "," p[2] "," first[k]
  }
}' "$src" | sort -t, -k1,1 -k2,2
