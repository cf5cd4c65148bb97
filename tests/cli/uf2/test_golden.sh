#!/usr/bin/env bash
# Runs cpy-uf2 on every case under tests/golden/uf2/cases with the flags
# uf2conv.py was given, and checks that it writes the same files, byte for
# byte, and prints the same lines.
# Usage: test_golden.sh path/to/cpy-uf2 tests/golden/uf2
set -u
tool=$(realpath "$1")
golden=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
for case_dir in "$golden"/cases/*/; do
  name=$(basename "$case_dir")
  run="$work/$name"
  mkdir -p "$run"
  cp "$case_dir"/input.* "$run"/
  read -r args < "$case_dir/args"
  extra=""
  [ -f "$case_dir/cpy_args" ] && read -r extra < "$case_dir/cpy_args"
  # The flags are stored as shell words (a base may be quoted).
  (cd "$run" && eval "\"$tool\" $args $extra" > "$work/$name.stdout" 2> "$work/$name.stderr")
  status=$?
  if [ $status != 0 ]; then
    echo "FAIL $name: exit status $status"; sed 's/^/  /' "$work/$name.stderr"; fail=$((fail + 1)); continue
  fi
  ok=1
  for expected in "$case_dir"/out/*; do
    produced="$run/$(basename "$expected")"
    if ! cmp -s "$expected" "$produced"; then
      echo "FAIL $name: $(basename "$expected") differs from uf2conv.py's"
      cmp "$expected" "$produced" 2>&1 | sed 's/^/  /'
      ok=0
    fi
  done
  produced_count=$(find "$run" -type f ! -name 'input.*' | wc -l)
  expected_count=$(find "$case_dir/out" -type f | wc -l)
  if [ "$produced_count" != "$expected_count" ]; then
    echo "FAIL $name: wrote $produced_count files, uf2conv.py wrote $expected_count"; ok=0
  fi
  if ! cmp -s "$case_dir/stdout" "$work/$name.stdout"; then
    echo "FAIL $name: printed lines differ"; diff "$case_dir/stdout" "$work/$name.stdout" | sed 's/^/  /'; ok=0
  fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "golden uf2: $pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
