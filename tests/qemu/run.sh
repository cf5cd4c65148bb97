#!/usr/bin/env bash
# Runs the tests/py programs listed in tests/qemu/programs.txt on the QEMU
# firmware (firmware/ports/qemu) and compares each program's output (stdout
# and stderr together) and exit status with what tests/py expects, exactly as
# tests/py/run.sh does on the host.
#
#   run.sh [--all] BUILD_DIR...      e.g. run.sh build-qemu-m0 build-qemu-m4
#
# Each BUILD_DIR holds one firmware image, cpy-qemu-microbit.elf (Cortex-M0,
# nRF52840 sizes) or cpy-qemu-mps2-an386.elf (Cortex-M4F); scripts/qemu-build.sh
# makes both. Programs run as .py source, compiled on the device; the modules
# they import are copied beside them. The machines run side by side, one
# QEMU at a time each. --all runs every tests/py program instead of the list
# (to find out which ones run). QEMU_TIMEOUT sets the seconds each program
# may take (default 60).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
py="$(cd "$here/../py" && pwd)"
timeout_s=${QEMU_TIMEOUT:-60}
all=0
if [[ "${1:-}" == "--all" ]]; then
  all=1
  shift
fi
[[ $# -ge 1 ]] || { echo "usage: run.sh [--all] BUILD_DIR..." >&2; exit 2; }
command -v qemu-system-arm >/dev/null || { echo "tests/qemu: qemu-system-arm not installed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The programs: "NAME" or "NAME MACHINE..." (only on those machines).
declare -a names=()
declare -A only=()
if [[ $all -eq 1 ]]; then
  for src in "$py"/*.py; do names+=("$(basename "$src" .py)"); done
else
  while read -r name machines; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    machines="${machines%%#*}"
    names+=("$name")
    [[ -n "${machines// /}" ]] && only[$name]=" $machines "
  done < "$here/programs.txt"
fi

# run_machine DIR: runs the programs on the image in DIR; prints what failed
# and a summary line; fails when any program does.
run_machine() {
  local dir=$1 elf="" machine="" m
  for m in microbit mps2-an386; do
    [[ -f "$dir/cpy-qemu-$m.elf" ]] && { elf="$(cd "$dir" && pwd)/cpy-qemu-$m.elf"; machine=$m; }
  done
  if [[ -z "$elf" ]]; then
    echo "tests/qemu: no cpy-qemu-*.elf in $dir"
    return 1
  fi
  local -a qemu
  case $machine in
    microbit) qemu=(qemu-system-arm -M microbit -global nrf51-soc.sram-size=262144
                    -global nrf51-soc.flash-size=1048576) ;;
    mps2-an386) qemu=(qemu-system-arm -M mps2-an386) ;;
  esac
  qemu+=(-nographic -monitor none -serial none -semihosting-config enable=on,target=native -kernel "$elf")

  # A directory per machine: programs write files beside themselves.
  local run_dir="$work/$machine"
  mkdir -p "$run_dir"
  cp "$py"/*.py "$run_dir"/
  cp -r "$py"/modules/* "$run_dir"/

  local pass=0 fail=0 skipped=0 name src exp run_args want_status status note out
  local -a failed=()
  local start
  start=$(date +%s.%N)
  for name in "${names[@]}"; do
    if [[ -n "${only[$name]:-}" && "${only[$name]}" != *" $machine "* ]]; then
      skipped=$((skipped + 1))
      continue
    fi
    src="$py/$name.py"
    exp="$py/$name.exp"
    if [[ ! -f "$src" || ! -f "$exp" ]]; then
      echo "FAIL $machine $name (no tests/py/$name.py or .exp)"
      fail=$((fail + 1))
      failed+=("$name")
      continue
    fi
    # The directives of tests/py/run.sh: cpy-run options (-X heapsize=...)
    # and the exit status to expect.
    run_args=$(sed -n 's/^# cpy-run-args: //p' "$src" | head -1)
    want_status=$(sed -n 's/^# cpy-run-exit: //p' "$src" | head -1)
    if [[ -z "$want_status" ]]; then
      want_status=0
      grep -q '^Traceback (most recent call last):' "$exp" && want_status=1
    fi
    out="$work/$machine.$name.out"
    (cd "$run_dir" && timeout "$timeout_s" "${qemu[@]}" -append "$run_args $name.py" > "$out" 2>&1)
    status=$?
    if cmp -s "$exp" "$out" && [[ $status -eq $want_status ]]; then
      pass=$((pass + 1))
    else
      note=""
      [[ $status -eq 124 ]] && note=" (timed out after ${timeout_s}s)"
      echo "FAIL $machine $name (exit $status, want $want_status)$note"
      diff "$exp" "$out" | head -20
      fail=$((fail + 1))
      failed+=("$name")
    fi
  done
  local seconds
  seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  echo "tests/qemu: $machine: $pass passed, $fail failed, $skipped not for this machine (${seconds}s)"
  [[ $fail -eq 0 ]] || echo "tests/qemu: $machine failed: ${failed[*]}"
  [[ $fail -eq 0 ]]
}

# The machines run side by side (one QEMU each); their reports print in order.
i=0
declare -a pids=()
for dir in "$@"; do
  run_machine "$dir" > "$work/report.$i" 2>&1 &
  pids+=($!)
  i=$((i + 1))
done
failures=0
for ((j = 0; j < i; ++j)); do
  wait "${pids[$j]}" || failures=$((failures + 1))
  cat "$work/report.$j"
done
[[ $failures -eq 0 ]]
