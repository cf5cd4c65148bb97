#!/usr/bin/env bash
# The nRF DFU simulator is faithful enough for the real adafruit-nrfutil
# (`dfu serial -t 1200`) to program it, and packages cross between the two
# tools in both directions. Needs adafruit-nrfutil, which Debian does not
# package: set NRFUTIL to a command that runs it, else the test is skipped.
# Usage: test_nrfutil_interop.sh path/to/flash_sim SOURCE_DIR [path/to/cpy-flash]
set -uo pipefail
sim=$(realpath "$1")
src=$2
flash=${3:-$(dirname "$sim")/cpy-flash}
. "$src/tests/cli/lib.sh"
. "$src/tests/cli/flash/sim.sh"
nrfutil=${NRFUTIL:-adafruit-nrfutil}
if ! $nrfutil version >/dev/null 2>&1; then
  echo "adafruit-nrfutil not available (set NRFUTIL); skipping"
  exit 77
fi

make_image "$tmp/app.bin" 20000 21 0x20040000
to_hex "$tmp/app.bin" 0x26000 "$tmp/app.hex"

# nrfutil's package, nrfutil's transport, touching a board that runs its application.
run $nrfutil dfu genpkg --dev-type 0x0052 --application "$tmp/app.hex" "$tmp/theirs.zip"
check "nrfutil genpkg exits 0" rc_is 0
start_sim nrf --start-in-app
run $nrfutil dfu serial -pkg "$tmp/theirs.zip" -p "$port" -b 115200 -t 1200
check "nrfutil dfu serial programs the simulator" stdout_has "Device programmed."
sleep 0.3
stop_sim
check "the simulator checked and started nrfutil's image" summary_has "app_valid=1 in_app=1 size=20000"
check "nrfutil's image is in flash at 0x26000" flash_has 0x26000 "$tmp/app.bin"

# cpy-flash's package through nrfutil's transport.
run "$flash" --genpkg "$tmp/ours.zip" --dev-type 0x0052 "$tmp/app.hex"
check "cpy-flash genpkg exits 0" rc_is 0
start_sim nrf --start-in-app
run $nrfutil dfu serial -pkg "$tmp/ours.zip" -p "$port" -b 115200 -t 1200
check "nrfutil sends cpy-flash's package" stdout_has "Device programmed."
sleep 0.3
stop_sim
check "the simulator accepted cpy-flash's package" summary_has "app_valid=1"

# nrfutil's package through cpy-flash's transport.
start_sim nrf --start-in-app
run "$flash" --board feather_nrf52840_express -p "$port" "$tmp/theirs.zip"
check "cpy-flash sends nrfutil's package" rc_is 0
stop_sim
check "the simulator accepted it from cpy-flash" summary_has "app_valid=1"

finish
