#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for the
# given number of seconds (default 60) on a seed corpus from tests/golden.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true

cmake --preset fuzz >/dev/null

# Seeds: each target reads the inputs its format has in tests/golden.
declare -A seeds=(
  [fuzz_mpy_reader]="mpy"
  [fuzz_uf2]="uf2"
  [fuzz_hex]="hex"
  [fuzz_elf]="elf"
  [fuzz_lexer]="py"
  [fuzz_parser]="py"
  [fuzz_compiler]="py"
  [fuzz_vm]="mpy"
)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  known=$(ninja -C build-fuzz -t targets all 2>/dev/null | cut -d: -f1)
  for t in "${!seeds[@]}"; do grep -qx "$t" <<<"$known" && targets+=("$t"); done
fi
for t in "${targets[@]}"; do
  cmake --build build-fuzz -j2 --target "$t" -- --quiet
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus"
  # Seeds keep their path in their name: many golden inputs share a file name.
  while IFS= read -r f; do cp -n "$f" "$corpus/$(echo "$f" | tr / _)"; done \
    < <(find tests -name "*.${seeds[$t]}" -size -64k)
  echo "fuzzing $t for ${seconds}s (seeds: $(ls "$corpus" | wc -l))"
  (cd build-fuzz && "./bin/$t" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
     -artifact_prefix="fuzz-$t-" "corpus/$t" 2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Test unit written" || true)
  if ls build-fuzz/fuzz-"$t"-* >/dev/null 2>&1; then
    echo "$t: findings in build-fuzz/fuzz-$t-*"
    exit 1
  fi
done
