#!/usr/bin/env bash
# cpy-cross on every tests/golden/errors/<name>.py as the reference ran it
# (`mpy-cross <name>.py` in the folder of the file, and `-s lib/<name>.py
# <name>.py` where a .s.<target> record exists), for both targets: stdout,
# stderr and exit status must match, and a .mpy exists exactly where the
# reference wrote one (and is identical to it).
# Usage: test_golden_errors.sh path/to/cpy-cross SOURCE_DIR
set -uo pipefail
cross=$(realpath "$1")
golden=$(realpath "$2")/tests/golden/errors
. "$(dirname "$0")/golden_lib.sh"

# check_one NAME STEM TARGET ARGS...: STEM is NAME or NAME.s.
check_one() {
  local name=$1 stem=$2 t=$3
  shift 3
  selected "$stem.$t" || return 0
  begin_case "$stem.$t"
  local dir=$work/$stem.$t
  mkdir -p "$dir"
  cp "$golden/$name.py" "$dir/"
  # shellcheck disable=SC2046
  run_as_mpy_cross "$dir" /dev/null "$work/$stem.$t" $(target_flags "$t") "$@"
  compare_text stdout "$golden/$stem.$t.stdout" "$work/$stem.$t.stdout"
  compare_text stderr "$golden/$stem.$t.stderr" "$work/$stem.$t.stderr"
  compare_text "exit status" "$golden/$stem.$t.rc" "$work/$stem.$t.rc"
  if [[ -e $golden/$stem.$t.mpy ]]; then
    compare_bytes "$name.mpy" "$golden/$stem.$t.mpy" "$dir/$name.mpy"
  elif [[ -e $dir/$name.mpy ]]; then
    differs "wrote $name.mpy, the reference did not"
  fi
  end_case
}

for src in "$golden"/*.py; do
  name=$(basename "$src" .py)
  for t in cp10 mp128; do
    check_one "$name" "$name" "$t" "$name.py"
    [[ -e $golden/$name.s.$t.rc ]] && check_one "$name" "$name.s" "$t" -s "lib/$name.py" "$name.py"
  done
done
summary "golden errors (cpy-cross vs mpy-cross on invalid programs)"
