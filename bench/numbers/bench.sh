#!/usr/bin/env bash
# Big-integer arithmetic and text conversion, float literal parsing and repr.
# Compiles bench_numbers.cpp against the cpy_mpy library of the build tree
# that holds $CPY_BIN (default build/bin) and runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${CPY_BIN:-build/bin}
lib="$bin/../lib/libcpy_mpy.a"
[ -e "$lib" ] || { echo "no $lib; build first"; exit 0; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
${CXX:-c++} -std=gnu++20 -O2 -Impy/include bench/numbers/bench_numbers.cpp "$lib" -o "$out/bench_numbers"
"$out/bench_numbers"
