#!/usr/bin/env bash
# Reading and disassembling .mpy files: cpy-dis against mpy-tool.py -d over
# the golden corpus, in one run. Set MPY_TOOL to CircuitPython's
# tools/mpy-tool.py to include the comparison.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CPY_BIN:-build/bin}
files=(tests/golden/cp10/*.mpy)
[ -e "${files[0]}" ] || { echo "no golden .mpy files"; exit 0; }
bytes=$(cat "${files[@]}" | wc -c)

ms() { date +%s%N | awk '{ print int($1 / 1000000) }'; }

t0=$(ms)
for f in "${files[@]}"; do "$bin/cpy-dis" "$f" >/dev/null; done
t1=$(ms)
ours=$((t1 - t0))
echo "cpy-dis:        ${#files[@]} files, $bytes bytes, ${ours} ms"

if [ -n "${MPY_TOOL:-}" ]; then
  t0=$(ms)
  for f in "${files[@]}"; do python3 "$MPY_TOOL" -d "$f" >/dev/null; done
  t1=$(ms)
  theirs=$((t1 - t0))
  echo "mpy-tool.py -d: ${#files[@]} files, ${theirs} ms"
  awk -v a="$theirs" -v b="$ours" 'BEGIN { printf "ratio: cpy-dis is %.1fx faster\n", a / (b > 0 ? b : 1) }'
fi
