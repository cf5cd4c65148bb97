#!/usr/bin/env bash
# Builds the QEMU firmware (firmware/ports/qemu) for both machines and prints
# each image's code size and RAM use:
#   build-qemu-m0/cpy-qemu-microbit.elf     Cortex-M0, nRF52840 sizes (1 MB flash, 256 KB RAM)
#   build-qemu-m4/cpy-qemu-mps2-an386.elf   Cortex-M4F (4 MB code, 4 MB RAM)
# Each build directory also builds the portable core (mpy, compiler, vm-ref)
# from this tree with the flags `make cross` uses (ccache shares the
# objects); CPY_CORE_SOURCE_DIR=DIR builds the core of another tree instead.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

declare -A dirs=([microbit]=build-qemu-m0 [mps2-an386]=build-qemu-m4)
declare -A flags=(
  [microbit]="-mcpu=cortex-m0plus -mthumb"
  [mps2-an386]="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
)
declare -A cpus=([microbit]="Cortex-M0" [mps2-an386]="Cortex-M4F")

for machine in microbit mps2-an386; do
  dir=${dirs[$machine]}
  cmake -S firmware/ports/qemu -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=MinSizeRel -DCPY_QEMU_MACHINE="$machine" \
    -DCMAKE_TOOLCHAIN_FILE="$root/cmake/arm-none-eabi.cmake" -DCPY_ARM_FLAGS="${flags[$machine]}" \
    -DCPY_CORE_SOURCE_DIR="${CPY_CORE_SOURCE_DIR:-$root}" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache --no-warn-unused-cli >/dev/null
  cmake --build "$dir" -j2 -- --quiet
  elf="$dir/cpy-qemu-$machine.elf"
  # Code size as `size` reports it (its bss counts every RAM section); RAM
  # is .stack + .handler_stack + .data + .bss + .malloc, the VM heap and the
  # frame stack being static arrays in .bss.
  arm-none-eabi-size "$elf" | awk -v m="$machine" -v c="${cpus[$machine]}" \
    'NR == 2 { printf "code size qemu %-10s %-10s text=%d data=%d bss=%d (flash %d)\n", m, c, $1, $2, $3, $1 + $2 }'
  sym() { echo $((16#$(arm-none-eabi-nm -S "$elf" | awk -v s="$1" '$4 ~ s { print $2; exit }'))); }
  sec() { arm-none-eabi-size -A "$elf" | awk -v s="$1" '$1 == s { print $2; exit }'; }
  heap=$(sym g_heap_memory)
  frames=$(sym g_frame_stack)
  stack=$(sec .stack)
  handler_stack=$(sec .handler_stack)
  malloc=$(sec .malloc)
  data=$(sec .data)
  bss=$(sec .bss)
  static=$((data + bss - heap - frames))
  echo "ram use   qemu $machine: $(( (stack + handler_stack + data + bss + malloc) / 1024 )) KB =" \
    "VM heap $((heap / 1024)) KB + frame stack $((frames / 1024)) KB + C stack $((stack / 1024)) KB" \
    "+ malloc area $((malloc / 1024)) KB + other static $((static + handler_stack)) B"
done
