#!/usr/bin/env bash
# Builds the portable core libraries for both Arm targets with
# -fno-exceptions -fno-rtti and prints each library's code size.
set -euo pipefail
cd "$(dirname "$0")/.."

libs=(cpy_mpy cpy_compiler cpy_vm)
declare -A targets=(
  [cortex-m0plus]="-mcpu=cortex-m0plus -mthumb"
  [cortex-m4f]="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
)

for name in cortex-m0plus cortex-m4f; do
  dir=build-arm-$name
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DCPY_PORTABLE_ONLY=ON \
    -DCMAKE_TOOLCHAIN_FILE=cmake/arm-none-eabi.cmake -DCPY_ARM_FLAGS="${targets[$name]}" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache --no-warn-unused-cli >/dev/null
  cmake --build "$dir" -j2 -- --quiet
  for lib in "${libs[@]}"; do
    arm-none-eabi-size -t "$dir/lib/lib$lib.a" | awk -v n="$name" -v l="$lib" \
      'END { printf "code size %-10s %-14s text=%d data=%d bss=%d\n", l, n, $1, $2, $3 }'
  done
done
