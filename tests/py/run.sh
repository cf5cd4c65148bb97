#!/usr/bin/env bash
# Runs every tests/py/*.py program on cpy-run and compares its output
# (stdout and stderr together) with the .exp file beside it.
#
#   run.sh BIN_DIR [NAME_FILTER]
#
# Programs are compiled to .mpy at test time: with BIN_DIR/cpy-cross when it
# exists and compiles, otherwise with the reference mpy-cross from
# $MPY_CROSS_CP or /work/ref/cp10/mpy-cross/build/mpy-cross. Modules the
# programs import live in tests/py/modules/ and are compiled beside them.
set -uo pipefail
bin_dir="$(cd "${1:?usage: run.sh BIN_DIR [FILTER]}" && pwd)"
filter=${2:-}
here="$(cd "$(dirname "$0")" && pwd)"
run="$bin_dir/cpy-run"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ ! -x "$run" ]]; then
  echo "tests/py: $run not built" >&2
  exit 1
fi

# Pick a compiler that works on a trivial program.
echo 'print(1)' > "$work/probe.py"
compiler=""
for candidate in "$bin_dir/cpy-cross" "${MPY_CROSS_CP:-}" /work/ref/cp10/mpy-cross/build/mpy-cross; do
  [[ -n "$candidate" && -x "$candidate" ]] || continue
  if (cd "$work" && "$candidate" probe.py >/dev/null 2>&1) && [[ -s "$work/probe.mpy" ]] &&
     [[ "$("$run" "$work/probe.mpy" 2>&1)" == "1" ]]; then
    # A private copy, so that a rebuild during the run cannot disturb it.
    cp "$candidate" "$work/compiler" && compiler="$work/compiler"
    echo "tests/py: compiling with $candidate"
    break
  fi
  rm -f "$work/probe.mpy"
done
if [[ -z "$compiler" ]]; then
  echo "tests/py: no working compiler: build cpy-cross, or set MPY_CROSS_CP to a CircuitPython 10 mpy-cross" >&2
  exit 1
fi

compile() {  # compile SRC_DIR NAME -> $work/NAME.mpy (the file name recorded is NAME.py)
  (cd "$1" && "$compiler" -o "$work/$2.mpy" "$2.py")
}

for m in "$here"/modules/*.py; do
  [[ -e "$m" ]] || continue
  name="$(basename "$m" .py)"
  compile "$here/modules" "$name" || { echo "tests/py: cannot compile modules/$name.py" >&2; exit 1; }
done
for d in "$here"/modules/*/; do
  [[ -d "$d" ]] || continue
  pkg="$(basename "$d")"
  mkdir -p "$work/$pkg"
  for m in "$d"*.py; do
    name="$(basename "$m" .py)"
    (cd "$d" && "$compiler" -o "$work/$pkg/$name.mpy" "$name.py") || exit 1
  done
done

pass=0
fail=0
failed=()
for src in "$here"/*.py; do
  name="$(basename "$src" .py)"
  [[ -z "$filter" || "$name" == *$filter* ]] || continue
  exp="$here/$name.exp"
  if [[ ! -f "$exp" ]]; then
    echo "MISSING $name.exp"
    fail=$((fail + 1))
    failed+=("$name")
    continue
  fi
  if ! compile "$here" "$name" > "$work/$name.cc" 2>&1; then
    echo "FAIL $name (compile)"
    cat "$work/$name.cc"
    fail=$((fail + 1))
    failed+=("$name")
    continue
  fi
  # Optional directives in the program's first lines:
  #   # cpy-run-args: -X heapsize=64k     options for cpy-run
  #   # cpy-run-exit: N                   the exit status to expect
  run_args=$(sed -n 's/^# cpy-run-args: //p' "$src" | head -1)
  want_status=$(sed -n 's/^# cpy-run-exit: //p' "$src" | head -1)
  # shellcheck disable=SC2086
  (cd "$work" && timeout 20 "$run" $run_args "$name.mpy" > "$work/$name.out" 2>&1)
  status=$?
  if [[ -z "$want_status" ]]; then
    want_status=0
    grep -q '^Traceback (most recent call last):' "$exp" && want_status=1
  fi
  if cmp -s "$exp" "$work/$name.out" && [[ $status -eq $want_status ]]; then
    pass=$((pass + 1))
  else
    echo "FAIL $name (exit $status, want $want_status)"
    diff "$exp" "$work/$name.out" | head -20
    fail=$((fail + 1))
    failed+=("$name")
  fi
done
echo "tests/py: $pass passed, $fail failed"
[[ $fail -eq 0 ]]
