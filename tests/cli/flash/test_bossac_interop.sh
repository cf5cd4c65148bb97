#!/usr/bin/env bash
# The SAM-BA simulator is faithful enough for the real bossac 1.9.1
# (Debian's bossa-cli) to identify, erase, write, verify, read and reset it
# through every path bossac has: the Arduino X/Y/Z extensions, NVM
# controller erases (-w without -e), the word-copy applet (no extensions);
# and bossac and cpy-flash each verify what the other wrote.
# The port is named ttyACM0, so bossac treats it as USB (no XMODEM).
# Usage: test_bossac_interop.sh path/to/flash_sim SOURCE_DIR [path/to/cpy-flash]
set -uo pipefail
sim=$(realpath "$1")
src=$2
flash=${3:-$(dirname "$sim")/cpy-flash}
. "$src/tests/cli/lib.sh"
. "$src/tests/cli/flash/sim.sh"
bossac=${BOSSAC:-bossac}
if ! command -v "$bossac" >/dev/null; then
  echo "bossac not installed (Debian: bossa-cli); skipping"
  exit 77
fi

make_image "$tmp/m0.bin" 30001 11
make_image "$tmp/m4.bin" 70001 12 0x20030000
bossac_run() { run timeout 120 "$bossac" -p "$port" "$@"; }

# -i on both chips.
start_sim samba --chip samd21
bossac_run -i
check "bossac -i exits 0 (SAMD21)" rc_is 0
check "bossac identifies the SAMD21" stdout_has "Device       : ATSAMD21x18"
check "bossac reads the Adafruit version" stdout_has "Version      : v1.1 [Arduino:XYZ]"
check "bossac reads the geometry" stdout_has "Pages        : 4096"
check "bossac reads the fuses (BOD)" stdout_has "BOD          : true"
stop_sim
start_sim samba --chip samd51 --bootloader-size 0x4000
bossac_run -i
check "bossac identifies the SAMD51" stdout_has "Device       : ATSAMD51x19"
check "bossac reads the SAMD51 geometry" stdout_has "Page Size    : 512 bytes"
stop_sim

# The everyday command, on the Adafruit and the Arduino flavours.
for flavour in adafruit arduino; do
  start_sim samba --chip samd21 --flavour $flavour
  bossac_run -e -w -v -o 0x2000 "$tmp/m0.bin"
  check "bossac -e -w -v -o 0x2000 exits 0 ($flavour)" rc_is 0
  check "bossac verify succeeds ($flavour)" stdout_has "Verify successful"
  stop_sim
  check "the simulated flash holds the image ($flavour)" flash_has 0x2000 "$tmp/m0.bin"
  check "the bootloader is untouched ($flavour)" bootloader_intact 0x2000
done

# SAMD51 with reset: the board re-enumerates.
start_sim samba --chip samd51 --bootloader-size 0x4000
bossac_run -e -w -v -R -o 0x4000 "$tmp/m4.bin"
check "bossac -e -w -v -R on the SAMD51 exits 0" rc_is 0
stop_sim
check "the SAMD51 flash holds the image" flash_has 0x4000 "$tmp/m4.bin"
check "bossac -R reset the board (AIRCR)" summary_has "resets=1"
check "and it runs the application" summary_has "in_app=1"

# -w without -e: bossac erases row by row through NVMCTRL registers.
start_sim samba --chip samd21
bossac_run -w -v -o 0x2000 "$tmp/m0.bin"
check "bossac -w without -e exits 0" rc_is 0
check "bossac -w without -e verifies" stdout_has "Verify successful"
bossac_run -o 0x2000 -r30001 "$tmp/back.bin"
check "bossac -r exits 0" rc_is 0
check "bossac -r reads the image back (63-byte reads)" cmp -s "$tmp/m0.bin" "$tmp/back.bin"
stop_sim
check "the NVMCTRL-erased flash holds the image" flash_has 0x2000 "$tmp/m0.bin"

# No extensions: bossac loads its word-copy applet and runs it with G.
for chip in samd21 samd51; do
  size=0x2000
  [ $chip = samd51 ] && size=0x4000
  start_sim samba --chip $chip --flavour plain --bootloader-size $size
  bossac_run -e -w -v -o $size "$tmp/m0.bin"
  check "bossac through the applet exits 0 ($chip)" rc_is 0
  check "bossac through the applet verifies ($chip)" stdout_has "Verify successful"
  stop_sim
  check "the applet-written flash holds the image ($chip)" flash_has $size "$tmp/m0.bin"
done

# The commonest complaint: no -o on an Adafruit board. BOOTPROT saves the
# bootloader, X and Y still answer, and only bossac's verify tells.
start_sim samba --chip samd21
bossac_run -e -w -v "$tmp/m0.bin"
check "bossac without -o fails its verify (exit 2)" rc_is 2
check "bossac reports the verify failure" stdout_has "Verify failed"
stop_sim
check "BOOTPROT kept the bootloader" bootloader_intact 0x2000

# Not covered: bossac -a. bossac 1.9.1 opens at 1200 baud, closes and
# reopens at once (no wait), so the 1200-baud setting lasts microseconds and
# a pseudo-terminal, which reports line changes only after the fact, cannot
# see it; cpy-flash's own touch holds the port at 1200 baud for 50 ms.

# Each tool verifies what the other wrote.
if [ -x "$flash" ]; then
  start_sim samba --chip samd21
  run "$flash" --board feather_m0_express -p "$port" --no-touch -e -w "$tmp/m0.bin"
  check "cpy-flash writes" rc_is 0
  bossac_run -v -o 0x2000 "$tmp/m0.bin"
  check "bossac verifies what cpy-flash wrote" stdout_has "Verify successful"
  bossac_run -e -w -o 0x2000 "$tmp/m4.bin"
  run "$flash" -p "$port" -v "$tmp/m4.bin"
  check "cpy-flash verifies what bossac wrote" rc_is 0
  run "$flash" -p "$port" -v "$tmp/m0.bin"
  check "cpy-flash notices a different image" rc_is 1
  stop_sim
fi

finish
