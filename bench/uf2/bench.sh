#!/usr/bin/env bash
# cpy-uf2 against uf2conv.py on a 1 MB image, as BIN and as Intel HEX.
# Usage: UF2CONV=/path/to/uf2conv.py bench/uf2/bench.sh [path/to/cpy-uf2] [runs]
# Prints wall-clock and CPU (user+sys) time per conversion and the ratios;
# checks that both tools wrote the same bytes. Use an idle machine: on a busy
# one both numbers swell and the ratios shrink.
set -euo pipefail
: "${UF2CONV:?set UF2CONV to the path of uf2conv.py (with uf2families.json beside it)}"
root=$(cd "$(dirname "$0")/../.." && pwd)
tool=$(realpath "${1:-$root/build/bin/cpy-uf2}")
runs=${2:-10}
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# A deterministic 1 MB image; the HEX form is what objcopy writes.
"$python" - <<'PY'
import random
r = random.Random(1)
data = bytes(r.getrandbits(8) for _ in range(1 << 20))
open("image.bin", "wb").write(data)
lines, base = [], 0x4000
for off in range(0, len(data), 16):
    a = base + off
    if off == 0 or a & 0xFFFF == 0:
        hi = a >> 16
        rec = bytes([2, 0, 0, 4, hi >> 8, hi & 0xFF])
        lines.append(":" + (rec + bytes([-sum(rec) & 0xFF])).hex().upper())
    chunk = data[off:off + 16]
    rec = bytes([len(chunk), (a >> 8) & 0xFF, a & 0xFF, 0]) + chunk
    lines.append(":" + (rec + bytes([-sum(rec) & 0xFF])).hex().upper())
lines.append(":00000001FF")
open("image.hex", "w").write("\n".join(lines) + "\n")
PY

# measure NAME RUNS command... -> prints "wall cpu" seconds per run
measure() {
  local n=$1
  shift
  local TIMEFORMAT='%R %U %S'
  local t
  t=$( { time (for ((i = 0; i < n; i++)); do "$@" > /dev/null; done) ; } 2>&1 )
  awk -v n="$n" '{ printf "%.4f %.4f\n", $1 / n, ($2 + $3) / n }' <<< "$t"
}

# What the loop itself costs per run (fork, exec of a trivial program),
# taken off both tools' times so the ratio compares the tools.
baseline=$(measure "$runs" /bin/true)
read -r bw bc <<< "$baseline"
minus_baseline() { awk -v bw="$bw" -v bc="$bc" '{ w = $1 - bw; c = $2 - bc; if (w < 0.0001) w = 0.0001; if (c < 0.0001) c = 0.0001; printf "%.4f %.4f\n", w, c }'; }

report() {
  local what=$1 ref_runs=$2
  shift 2
  local ref ours
  ref=$(measure "$ref_runs" "$python" "$UF2CONV" "$@" -o ref.uf2 | minus_baseline)
  ours=$(measure "$runs" "$tool" "$@" -o ours.uf2 | minus_baseline)
  cmp -s ref.uf2 ours.uf2 || { echo "$what: outputs differ!"; exit 1; }
  read -r rw rc <<< "$ref"
  read -r ow oc <<< "$ours"
  awk -v w="$what" -v rw="$rw" -v rc="$rc" -v ow="$ow" -v oc="$oc" 'BEGIN {
    printf "%-22s uf2conv.py %8.1f ms wall %8.1f ms cpu | cpy-uf2 %6.1f ms wall %6.1f ms cpu | %5.1fx wall %5.1fx cpu\n",
      w, rw * 1000, rc * 1000, ow * 1000, oc * 1000, rw / ow, rc / oc }'
}

echo "1 MB image, $runs runs each (uf2conv.py: $UF2CONV); loop overhead taken off: $(awk -v w="$bw" -v c="$bc" 'BEGIN { printf "%.1f ms wall, %.1f ms cpu", w * 1000, c * 1000 }')"
report "BIN -> UF2 (-b 0x4000)" "$runs" -c -f SAMD51 -b 0x4000 image.bin
report "HEX -> UF2" 2 -c -f SAMD51 image.hex
"$tool" -c -f SAMD51 -b 0x4000 image.bin -o image.uf2 > /dev/null
ref=$(measure "$runs" "$python" "$UF2CONV" -c image.uf2 -o ref.bin | minus_baseline)
ours=$(measure "$runs" "$tool" -c image.uf2 -o ours.bin | minus_baseline)
cmp -s ref.bin ours.bin || { echo "UF2 -> BIN: outputs differ!"; exit 1; }
read -r rw rc <<< "$ref"
read -r ow oc <<< "$ours"
awk -v rw="$rw" -v rc="$rc" -v ow="$ow" -v oc="$oc" 'BEGIN {
  printf "%-22s uf2conv.py %8.1f ms wall %8.1f ms cpu | cpy-uf2 %6.1f ms wall %6.1f ms cpu | %5.1fx wall %5.1fx cpu\n",
    "UF2 -> BIN", rw * 1000, rc * 1000, ow * 1000, oc * 1000, rw / ow, rc / oc }'
