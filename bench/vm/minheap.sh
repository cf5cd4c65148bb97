#!/usr/bin/env bash
# The heap each bench/vm/*.py program needs on cpy-run and, when
# CIRCUITPY_UNIX names a CircuitPython 10 unix-port binary, on that binary:
# the smallest -X heapsize from which every larger size up to the first
# power of two that works also works (fragmentation makes single sizes
# below that hit or miss, on both VMs), found in steps of 1/MINHEAP_STEPS
# (64) of that power of two. Prints KB and the ratio (<= 1: cpy-run needs
# no more heap).
#
#   minheap.sh [BIN_DIR] [PROGRAM...]      (default: build/bin, all programs)
#   env: CIRCUITPY_UNIX=/path/to/micropython  MINHEAP_STEPS=64
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../../build/bin}"
shift || true
run="$bin/cpy-run"
ref=${CIRCUITPY_UNIX:-}
[[ -x "$run" ]] || { echo "minheap: $run not built" >&2; exit 1; }
progs=("$@")
[[ ${#progs[@]} -gt 0 ]] || progs=("$here"/*.py)

# need VM PROGRAM WANT: prints the stable minimum heap in bytes, or "-".
need() {
  local vm=$1 prog=$2 want=$3 top=4096 size step last
  until [[ "$(timeout 300 "$vm" -X heapsize=$top "$prog" 2>&1)" == "$want" ]]; do
    top=$((top * 2))
    ((top <= 1 << 31)) || { echo "-"; return; }
  done
  step=$((top / ${MINHEAP_STEPS:-64}))
  last=$top
  for ((size = top - step; size > 0; size -= step)); do
    [[ "$(timeout 300 "$vm" -X heapsize=$size "$prog" 2>&1)" == "$want" ]] || break
    last=$size
  done
  echo "$last"
}

kb() { [[ $1 == - ]] && echo - || awk "BEGIN{printf \"%.1f\", $1 / 1024}"; }

if [[ -z "$ref" ]]; then
  printf '%-18s %12s\n' program cpy-run-kb
else
  printf '%-18s %12s %12s %7s\n' program cpy-run-kb cp-unix-kb ratio
fi
for prog in "${progs[@]}"; do
  name=$(basename "$prog" .py)
  want=$("$run" -X heapsize=64m "$prog" 2>&1) || { echo "$name: cpy-run failed: $want"; continue; }
  ours=$(need "$run" "$prog" "$want")
  if [[ -z "$ref" ]]; then
    printf '%-18s %12s\n' "$name" "$(kb "$ours")"
    continue
  fi
  theirs=$(need "$ref" "$prog" "$want")
  ratio=-
  [[ $ours != - && $theirs != - ]] && ratio=$(awk "BEGIN{printf \"%.2f\", $ours / $theirs}")
  printf '%-18s %12s %12s %7s\n' "$name" "$(kb "$ours")" "$(kb "$theirs")" "$ratio"
done
