#!/usr/bin/env bash
# cpy-cross on every tests/golden/cli/<case>.args command line, run as the
# reference was (argv[0] "mpy-cross", in a folder holding input.py, stdin
# from <case>.stdin or /dev/null), for both targets; stdout, stderr, exit
# status and every .mpy written must match the reference's.
# Then the same again run as "cpy-cross" (its own mode), where the texts must
# be the same but for the program name in the usage text; --help, -h,
# --version and two inputs differ there by design (test_cpy_cross.sh).
# Usage: test_golden_cli.sh path/to/cpy-cross SOURCE_DIR
set -uo pipefail
cross=$(realpath "$1")
golden=$(realpath "$2")/tests/golden/cli
. "$(dirname "$0")/golden_lib.sh"

for mode in mpy-cross cpy-cross; do
for args_file in "$golden"/*.args; do
  name=$(basename "$args_file" .args)
  args=()
  while IFS= read -r line || [[ -n $line ]]; do args+=("$line"); done <"$args_file"
  stdin=/dev/null
  [[ -f $golden/$name.stdin ]] && stdin=$golden/$name.stdin
  if [[ $mode == cpy-cross ]]; then
    case $name in help | help_short | version | two_inputs) continue ;; esac
  fi
  for t in cp10 mp128; do
    c=$name.$t
    [[ $mode == cpy-cross ]] && c=$name.$t.as-cpy-cross
    selected "$c" || continue
    begin_case "$c"
    dir=$work/$c
    mkdir -p "$dir"
    cp "$golden/input.py" "$dir/"
    # shellcheck disable=SC2046
    run_as "$mode" "$dir" "$stdin" "$work/$c" $(target_flags "$t") ${args[@]+"${args[@]}"}
    expected_stdout=$golden/$name.$t.stdout
    if [[ $mode == cpy-cross ]]; then
      sed 's/^usage: mpy-cross /usage: cpy-cross /' "$expected_stdout" >"$work/$c.expected"
      expected_stdout=$work/$c.expected
    fi
    if printf '%s\n' ${args[@]+"${args[@]}"} | grep -qx -- '--version'; then
      sed -E -i 's/ on [0-9]{4}-[0-9]{2}-[0-9]{2};/ on <date>;/' "$work/$c.stdout"
    fi
    compare_text stdout "$expected_stdout" "$work/$c.stdout"
    compare_text stderr "$golden/$name.$t.stderr" "$work/$c.stderr"
    compare_text "exit status" "$golden/$name.$t.rc" "$work/$c.rc"
    # Every .mpy the reference wrote, and nothing else.
    for expected in "$golden/$name.$t".*.mpy; do
      [[ -e $expected ]] || continue
      file=${expected#"$golden/$name.$t."}
      compare_bytes "$file" "$expected" "$dir/$file"
    done
    for produced in "$dir"/*.mpy; do
      [[ -e $produced ]] || continue
      [[ -e $golden/$name.$t.$(basename "$produced") ]] || differs "wrote $(basename "$produced"), the reference did not"
    done
    leftovers=$(find "$dir" -name '.*tmp*' | head -n 1)
    [[ -z $leftovers ]] || differs "left a temporary file $(basename "$leftovers")"
    end_case
  done
done
done
summary "golden cli (cpy-cross vs mpy-cross command lines)"
