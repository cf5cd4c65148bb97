#!/usr/bin/env bash
# cpy-uf2 end to end beyond the golden cases: refusals and their exit codes,
# atomic outputs, --board, --lenient, -i/--json, UF2 -> HEX, deploy to a
# folder that looks like a boot drive.
# Usage: test_errors.sh path/to/cpy-uf2
set -u
tool=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fails=0
checks=0

# expect STATUS "STDERR-SUBSTRING" -- command...
expect() {
  local want=$1 text=$2
  shift 3
  checks=$((checks + 1))
  "$@" > out.txt 2> err.txt
  local got=$?
  if [ "$got" != "$want" ] || { [ -n "$text" ] && ! grep -qF -- "$text" err.txt out.txt; }; then
    echo "FAIL: $* -> exit $got (wanted $want), output lacks: $text"
    sed 's/^/  stderr: /' err.txt
    sed 's/^/  stdout: /' out.txt | head -20
    fails=$((fails + 1))
  fi
}
check() {  # check "what" test-expression...
  local what=$1
  shift
  checks=$((checks + 1))
  if ! "$@"; then echo "FAIL: $what"; fails=$((fails + 1)); fi
}

head -c 1000 /dev/urandom > app.bin
"$tool" -c -f SAMD21 app.bin -o good.uf2 > /dev/null || { echo "cannot make a UF2"; exit 1; }

# A corrupted block is refused, names the block, and leaves no output.
cp good.uf2 bad.uf2
printf '\x00' | dd of=bad.uf2 bs=1 seek=512 conv=notrunc 2> /dev/null
expect 1 "block 1 (offset 0x200): bad first magic" -- "$tool" -c bad.uf2 -o bad.bin
check "no output after a refused UF2" test ! -e bad.bin
expect 0 "bad first magic" -- "$tool" -c --lenient bad.uf2 -o lenient.bin
# The skipped block leaves a 256-byte gap, filled with zeros.
check "--lenient skips the bad block" test "$(stat -c %s lenient.bin)" = 1024

# Truncation, at a block boundary and inside a block.
head -c 1024 good.uf2 > short.uf2
expect 1 "truncated: the file ends after block number 1 of 4" -- "$tool" -c short.uf2 -o short.bin
head -c 1100 good.uf2 > partial.uf2
expect 1 "truncated: 76 bytes after block 1" -- "$tool" -c partial.uf2 -o partial.bin
echo "old" > keep.bin
expect 1 "truncated" -- "$tool" -c short.uf2 -o keep.bin
check "an existing output survives a failed run" test "$(cat keep.bin)" = old

# -i describes even a damaged file, and fails on it unless --lenient.
expect 1 "2 fault(s); the first: block 1 (offset 0x200): bad first magic" -- "$tool" -i bad.uf2
check "-i still lists the ranges" grep -q "range 0x00002000" out.txt
expect 0 "Family SAMD21 (0x68ed2b88): 4 blocks, 1024 bytes" -- "$tool" -i good.uf2
expect 0 "\"block_count\": 4" -- "$tool" -i --json good.uf2
check "--json is JSON" python3 -c 'import json,sys; json.load(open("out.txt"))'

# Intel HEX faults carry the line number.
printf ':0100000011EE\n:0100010022DD\n:00000001FF\n' > badsum.hex
expect 1 "line 2: checksum is 0xDD, expected 0xDC" -- "$tool" -c badsum.hex -o badsum.uf2
check "no output after a refused HEX" test ! -e badsum.uf2
printf ':0100000011EE\n' > noeof.hex
expect 1 "line 1: the file ends without an end-of-file record" -- "$tool" -c noeof.hex -o noeof.uf2
expect 0 "Converted to uf2" -- "$tool" -c --lenient noeof.hex -o noeof.uf2

# UF2 -> HEX -> UF2 gives the same file back (256-byte aligned pages).
expect 0 "Converted to hex" -- "$tool" -c good.uf2 -o round.hex
expect 0 "Converted to uf2" -- "$tool" -c -f SAMD21 round.hex -o round.uf2
check "UF2 -> HEX -> UF2 round trip" cmp -s good.uf2 round.uf2

# --board gives the family and the base; explicit flags win.
"$tool" -c -f SAMD51 -b 0x4000 app.bin -o explicit.uf2 > /dev/null
expect 0 "start address: 0x4000" -- "$tool" -c --board feather_m4_express app.bin -o board.uf2
check "--board feather_m4_express = -f SAMD51 -b 0x4000" cmp -s explicit.uf2 board.uf2
expect 0 "start address: 0x26000" -- "$tool" -c --board feather_nrf52840_express app.bin -o nrf.uf2
expect 0 "start address: 0x8000" -- "$tool" -c --board feather_m4_express -b 0x8000 app.bin -o other.uf2
expect 2 "unknown board 'feather_m9'" -- "$tool" -c --board feather_m9 app.bin

# Usage errors exit 2, other failures 1.
expect 2 "Family ID needs to be a number or one of: ATMEGA32" -- "$tool" -c -f NOPE app.bin
expect 2 "-b: 'zz' is not a number" -- "$tool" -c -b zz app.bin
expect 2 "outside the 32-bit address space" -- "$tool" -c -b 0x100000000 app.bin
expect 2 "Need input file" -- "$tool" -c
expect 1 "No such file or directory" -- "$tool" -c missing.bin
: > empty.bin
expect 1 "the input is empty" -- "$tool" -c empty.bin
expect 1 "reach past the 4 GB address space" -- "$tool" -c -b 0xFFFFFF00 app.bin -o high.uf2
check "no output after an address overflow" test ! -e high.uf2

# Several families: BIN is empty as with uf2conv.py; HEX needs -f.
"$tool" -c -f SAMD51 -b 0x4000 app.bin -o m4.uf2 > /dev/null
cat good.uf2 m4.uf2 > both.uf2
expect 0 "several families" -- "$tool" -c both.uf2 -o both.bin
check "several families without -f give an empty BIN" test "$(stat -c %s both.bin)" = 0
expect 1 "choose one with -f" -- "$tool" -c both.uf2 -o both.hex
expect 0 "Converted to hex" -- "$tool" -c -f SAMD51 both.uf2 -o m4.hex

# Deploy: -d names a boot drive (a folder holding INFO_UF2.TXT).
mkdir -p drive notadrive
printf 'UF2 Bootloader v3.16.0\nModel: Feather M0 Express\nBoard-ID: SAMD21G18A-Feather-v0\n' > drive/INFO_UF2.TXT
expect 0 "Flashing drive (SAMD21G18A-Feather-v0)" -- "$tool" -D good.uf2 -d drive
check "deploy writes NEW.UF2 unchanged" cmp -s good.uf2 drive/NEW.UF2
rm drive/NEW.UF2
expect 0 "Flashing drive" -- "$tool" app.bin -f SAMD21 -d drive
check "convert-and-deploy writes the UF2" cmp -s good.uf2 drive/NEW.UF2
expect 1 "not a UF2 boot drive" -- "$tool" -D good.uf2 -d notadrive
# -w waits for the drive to appear.
(sleep 0.5; cp drive/INFO_UF2.TXT notadrive/) &
expect 0 "Waiting for drive to deploy..." -- timeout 10 "$tool" -D -w good.uf2 -d notadrive
wait
check "-w deployed once the drive appeared" cmp -s good.uf2 notadrive/NEW.UF2
expect 1 "this is not one" -- "$tool" -D app.bin -d drive
expect 1 "bad first magic" -- "$tool" -D bad.uf2 -d drive
expect 0 "" -- "$tool" -l

# ELF input needs no -b.
if command -v arm-none-eabi-gcc > /dev/null; then
  printf 'const int k[4] = {1, 2, 3, 4};\nvoid _start(void) { for (;;) ; }\n' > e.c
  arm-none-eabi-gcc -mcpu=cortex-m0plus -mthumb -nostdlib -Wl,-Ttext=0x4000 -o e.elf e.c 2> /dev/null
  arm-none-eabi-objcopy -O ihex e.elf e.hex
  expect 0 "start address: 0x4000" -- "$tool" -c e.elf -o e1.uf2
  "$tool" -c e.hex -o e2.uf2 > /dev/null
  check "ELF = objcopy -O ihex + HEX" cmp -s e1.uf2 e2.uf2
fi
printf '\x7fELF\x01\x01\x01' > broken.elf
expect 1 "ELF" -- "$tool" -c broken.elf -o broken.uf2

echo "cpy-uf2 errors: $((checks - fails)) of $checks checks passed"
[ "$fails" = 0 ]
