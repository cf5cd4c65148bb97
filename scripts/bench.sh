#!/usr/bin/env bash
# Runs every benchmark under bench/<area>/bench.sh with the built commands.
# Benchmarks compare against reference tools named by environment variables
# (each script says which) and skip comparisons whose tool is not given.
set -euo pipefail
bin=$(cd "${1:-build/bin}" && pwd)
cd "$(dirname "$0")/.."
found=0
for script in bench/*/bench.sh; do
  [ -e "$script" ] || continue
  found=1
  echo "== $script"
  CPY_BIN=$bin bash "$script"
done
[ "$found" -eq 1 ] || echo "no benchmarks yet"
