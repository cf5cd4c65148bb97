#!/usr/bin/env bash
# Times cpy-run on each bench/vm/*.py program (best of N runs) and, when
# CIRCUITPY_UNIX names a CircuitPython 10 unix-port binary, that binary side
# by side with the same heap size: the ratio (>1: cpy-run is faster) and
# the peak RSS of both.
#
#   bench.sh [BIN_DIR]        (default: build/bin)
#   env: CIRCUITPY_UNIX=/path/to/micropython  BENCH_RUNS=3  BENCH_HEAP=8m
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../../build/bin}"
run="$bin/cpy-run"
runs=${BENCH_RUNS:-3}
heap=${BENCH_HEAP:-8m}
ref=${CIRCUITPY_UNIX:-}
[[ -x "$run" ]] || { echo "bench: $run not built" >&2; exit 1; }
if [[ -n "$ref" && ! -x "$ref" ]]; then
  echo "bench: CIRCUITPY_UNIX=$ref is not executable" >&2
  exit 1
fi

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

# best_of CMD...: prints "SECONDS PEAK_KB" (fastest run; its peak RSS).
best_of() {
  local best="" best_kb="" out t kb
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp" -f "%e %M" "$@" >/dev/null 2>&1
    out=$(tail -1 "$tmp")
    t=${out% *}
    kb=${out#* }
    if [[ -z "$best" ]] || awk "BEGIN{exit !($t < $best)}"; then
      best=$t
      best_kb=$kb
    fi
  done
  echo "$best $best_kb"
}

if [[ -z "$ref" ]]; then
  echo "CIRCUITPY_UNIX not set: timing cpy-run alone"
  printf '%-18s %9s %10s\n' program cpy-run rss-kb
else
  printf '%-18s %9s %9s %7s %10s %10s\n' program cpy-run cp-unix ratio rss-kb cp-rss-kb
fi
status=0
for prog in "$here"/*.py; do
  name=$(basename "$prog" .py)
  want=$("$run" -X heapsize="$heap" "$prog" 2>&1) || { echo "$name: cpy-run failed: $want"; status=1; continue; }
  read -r t kb < <(best_of "$run" -X heapsize="$heap" "$prog")
  if [[ -z "$ref" ]]; then
    printf '%-18s %8ss %10s\n' "$name" "$t" "$kb"
    continue
  fi
  got=$("$ref" -X heapsize="$heap" "$prog" 2>&1)
  [[ "$got" == "$want" ]] || echo "$name: outputs differ (cp-unix: $got)"
  read -r rt rkb < <(best_of "$ref" -X heapsize="$heap" "$prog")
  ratio=$(awk "BEGIN{printf \"%.2f\", ($t > 0 ? $rt / $t : 0)}")
  printf '%-18s %8ss %8ss %7s %10s %10s\n' "$name" "$t" "$rt" "$ratio" "$kb" "$rkb"
done
exit $status
