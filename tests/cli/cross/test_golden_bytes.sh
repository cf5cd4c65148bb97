#!/usr/bin/env bash
# Byte identity: cpy-cross compiles every tests/golden/py/<name>.py with the
# flags the reference was given, from inside py/ with the relative name, and
# the .mpy must equal the reference's:
#   cp10/<name>.mpy             (no flags)
#   mp128/<name>.mpy            --target=micropython
#   cp10-opt/<name>.O{1,2,3}.mpy  -O1, -O2, -O3
#   cp10-opt/<name>.s.mpy       -s lib/<name>.py
# Usage: test_golden_bytes.sh path/to/cpy-cross SOURCE_DIR
set -uo pipefail
cross=$(realpath "$1")
golden=$(realpath "$2")/tests/golden
. "$(dirname "$0")/golden_lib.sh"

variants=(cp10 mp128 O1 O2 O3 s)
declare -A variant_passed variant_failed
for v in "${variants[@]}"; do variant_passed[$v]=0; variant_failed[$v]=0; done

cd "$golden/py" || exit 2
for src in *.py; do
  name=${src%.py}
  for v in "${variants[@]}"; do
    selected "$name.$v" || continue
    case $v in
      cp10) expected=$golden/cp10/$name.mpy; flags=() ;;
      mp128) expected=$golden/mp128/$name.mpy; flags=(--target=micropython) ;;
      O1 | O2 | O3) expected=$golden/cp10-opt/$name.$v.mpy; flags=("-$v") ;;
      s) expected=$golden/cp10-opt/$name.s.mpy; flags=(-s "lib/$name.py") ;;
    esac
    begin_case "$name.$v"
    out=$work/out.mpy
    rm -f "$out"
    rc=0
    "$cross" "${flags[@]}" -o "$out" "$src" >"$work/stdout" 2>"$work/stderr" || rc=$?
    if [[ $rc -ne 0 ]]; then
      differs "exit status $rc" "$(tr -d '\r' <"$work/stderr" | tail -n 3)"
    else
      compare_bytes "$name.mpy" "$expected" "$out"
    fi
    if [[ ${#case_reasons[@]} -eq 0 ]]; then
      variant_passed[$v]=$((variant_passed[$v] + 1))
    else
      variant_failed[$v]=$((variant_failed[$v] + 1))
    fi
    end_case
  done
done
for v in "${variants[@]}"; do
  printf '  %-5s %4d identical, %4d not\n' "$v" "${variant_passed[$v]}" "${variant_failed[$v]}"
done
summary "golden bytes (cpy-cross .mpy vs mpy-cross .mpy)"
