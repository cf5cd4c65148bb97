#!/usr/bin/env bash
# The main job of `make run`: inspect the example library in examples/ with
# the commands that exist. The example's .mpy files are the reference
# compiler's output (tests/golden/examples); each is listed, dumped as JSON,
# and re-written to prove the reader and writer reproduce it byte for byte.
set -euo pipefail
bin=${1:-build/bin}
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for mpy in tests/golden/examples/*.mpy; do
  name=$(basename "$mpy")
  echo "== $name ($(stat -c %s "$mpy") bytes)"
  "$bin/cpy-dis" "$mpy" | sed -n '1,/^function/p' | head -n 12
  functions=$("$bin/cpy-dis" "$mpy" | grep -c '^function ')
  instructions=$("$bin/cpy-dis" --json "$mpy" | grep -c '"offset"')
  "$bin/cpy-dis" --rewrite "$mpy" -o "$tmp/$name"
  if cmp -s "$mpy" "$tmp/$name"; then same="identical"; else same="DIFFERENT"; fi
  echo "   $functions functions, $instructions instructions; rewrite is $same"
  [ "$same" = identical ]
done
