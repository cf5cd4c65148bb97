#!/usr/bin/env bash
# cpy-flash end to end against simulated boards behind pseudo-terminals:
# SAM-BA on a SAMD21 (Feather M0 Express, 0x2000) and a SAMD51 (Metro M4
# Express, 0x4000), nRF serial DFU on an nRF52840 (Feather nRF52840
# Express), UF2 drives; bossac-style flags; nrfutil-compatible packages; and
# every fault ending in exit 1 with a clear error and no claim of success.
# Usage: test_cpy_flash.sh path/to/cpy-flash path/to/flash_sim SOURCE_DIR
set -uo pipefail
flash=$(realpath "$1")
sim=$(realpath "$2")
src=$3
. "$src/tests/cli/lib.sh"
. "$src/tests/cli/flash/sim.sh"
golden=$src/tests/cli/flash/golden

make_image "$tmp/m0.bin" 30001 1
make_image "$tmp/m4.bin" 70000 2 0x20030000
to_hex "$tmp/m4.bin" 0x4000 "$tmp/m4.hex"
to_uf2 "$tmp/m4.bin" 0x4000 0x55114460 "$tmp/m4.uf2"
make_image "$tmp/nrf.bin" 9000 3 0x20040000
to_hex "$tmp/nrf.bin" 0x26000 "$tmp/nrf.hex"

# --- usage -------------------------------------------------------------------
run "$flash" --help
check "--help exits 0" rc_is 0
check "--help shows examples" stdout_has "Examples:"
check "--help documents the bossac flags" stdout_has "-r[SIZE]  read flash into FILE (all without SIZE)"
run "$flash"
check "no file is a usage error" rc_is 2
check "usage error text" stderr_has "cpy-flash: error: no firmware file given"
run "$flash" --board no_such_board x.bin
check "unknown board exits 2" rc_is 2
check "unknown board lists boards" stderr_has "known boards: arduino_mkrzero"
run "$flash" -p /nonexistent/ttyACM0 "$tmp/m0.bin"
check "missing port exits 1" rc_is 1
check "missing port is named" stderr_has "cpy-flash: error: /nonexistent/ttyACM0: cannot open"

# --- SAM-BA, SAMD21 -------------------------------------------------------------
start_sim samba --chip samd21
run "$flash" --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "SAMD21 flash exits 0" rc_is 0
check "SAMD21 flash reports" stdout_has "Flashed 30001 bytes at 0x2000 of the ATSAMD21G18A"
check "SAMD21 flash verified and reset" stdout_has "; verified; reset"
stop_sim
check "SAMD21 image at 0x2000" flash_has 0x2000 "$tmp/m0.bin"
check "SAMD21 bootloader untouched" bootloader_intact 0x2000
check "SAMD21 reset into the application" summary_has "resets=1"
check "SAMD21 running the application" summary_has "in_app=1"

start_sim samba --chip samd21
run "$flash" --json --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "--json exits 0" rc_is 0
check "--json lines parse, steps then done" python3 -c "
import json
events = [json.loads(l) for l in open('$tmp/stdout')]
steps = [e['phase'] for e in events if e['event'] == 'step']
assert steps == ['connect', 'erase', 'write', 'verify', 'reset'], steps
assert any(e['event'] == 'progress' and e['phase'] == 'write' and e['done'] == e['total'] for e in events)
done = events[-1]
assert done['event'] == 'done' and done['verified'] and done['address'] == 0x2000 and done['device'] == 'ATSAMD21G18A'
"
stop_sim

# --- bossac-compatible flags -----------------------------------------------------
start_sim samba --chip samd21
run "$flash" -p "$port" -e -w -v -o 0x2000 "$tmp/m0.bin"
check "bossac -e -w -v -o exits 0" rc_is 0
check "bossac style reports verified, no reset" stdout_has "; verified"
run "$flash" -p "$port" -i
check "-i exits 0" rc_is 0
check "-i names the device" stdout_has "Device       : ATSAMD21G18A"
check "-i shows the extensions" stdout_has "Extensions   : XYZ"
run "$flash" -p "$port" -o 0x2000 -r30001 "$tmp/back.bin"
check "-r exits 0" rc_is 0
check "-r reads what was written" cmp -s "$tmp/m0.bin" "$tmp/back.bin"
run "$flash" -p "$port" -o 0x2000 -r "$tmp/all.bin"
check "-r alone reads to the end of flash" python3 -c "import os; assert os.path.getsize('$tmp/all.bin') == 0x40000 - 0x2000"
run "$flash" -p "$port" -v -b -U1 "$tmp/m0.bin"
check "-v with ignored -b/-U exits 0" rc_is 0
check "-v reports" stdout_has "Verified 30001 bytes at 0x2000"
run "$flash" -p "$port" -e -w -o 0 "$tmp/m0.bin"
check "offset 0 is refused" rc_is 1
check "the refusal explains" stderr_has "inside the bootloader (below 0x2000)"
run "$flash" -p "$port" -R
check "-R alone resets" rc_is 0
stop_sim
check "bossac-style flash at 0x2000" flash_has 0x2000 "$tmp/m0.bin"
check "bootloader still intact" bootloader_intact 0x2000

# --- SAM-BA, SAMD51, HEX and UF2 inputs, a board in its application -------------------
start_sim samba --chip samd51 --bootloader-size 0x4000 --start-in-app
run "$flash" --board metro_m4_express -p "$port" "$tmp/m4.hex"
check "SAMD51 HEX exits 0" rc_is 0
check "SAMD51 was touched into the bootloader" stdout_has "touching $port at 1200 baud"
check "SAMD51 HEX reports" stdout_has "Flashed 70000 bytes at 0x4000 of the ATSAMD51J19A"
stop_sim
check "SAMD51 HEX image at 0x4000" flash_has 0x4000 "$tmp/m4.bin"
check "SAMD51 bootloader untouched" bootloader_intact 0x4000

start_sim samba --chip samd51 --bootloader-size 0x4000 --flavour arduino
run "$flash" --board metro_m4_express -p "$port" "$tmp/m4.uf2"
check "SAMD51 UF2 exits 0" rc_is 0
stop_sim
check "SAMD51 UF2 image at 0x4000" flash_has 0x4000 "$tmp/m4.bin"

start_sim samba --chip samd51 --bootloader-size 0x4000 --flavour plain
run "$flash" -p "$port" -w -v -o 0x4000 "$tmp/m4.bin"
check "SAMD51 without X/Y/Z exits 0" rc_is 0
stop_sim
check "SAMD51 NVM-written image at 0x4000" flash_has 0x4000 "$tmp/m4.bin"

# --- SAM-BA faults ---------------------------------------------------------------
start_sim samba --chip samd21 --silent-after 100
run "$flash" --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "silent bootloader exits 1" rc_is 1
check "silent bootloader is a timeout" stderr_has "no answer within 1000 ms waiting for the \`Y\` acknowledgement"
check "silent bootloader: no success line" stdout_lacks "Flashed"
stop_sim

start_sim samba --chip samd21 --stuck 0x2100
run "$flash" --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "CRC mismatch exits 1" rc_is 1
check "CRC mismatch names the byte" stderr_has "verify failed: 1 of 30001 bytes differ; the first at 0x00002100"
check "CRC mismatch: no success line" stdout_lacks "Flashed"
stop_sim

start_sim samba --chip samd21 --vanish-after 10
run "$flash" --json --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "vanished port exits 1" rc_is 1
check "vanished port is named" stderr_has "the port vanished"
check "vanished port in --json" python3 -c "
import json
last = [json.loads(l) for l in open('$tmp/stdout')][-1]
assert last == {'event': 'error', 'code': 'port-gone', 'message': last['message']}, last
"
stop_sim

start_sim samba --chip samd51 --bootloader-size 0x4000
run "$flash" --board feather_m0_express -p "$port" "$tmp/m0.bin"
check "wrong chip exits 1" rc_is 1
check "wrong chip explains" stderr_has "is an ATSAMD51J19A (DSU DID 0x60060305), but feather_m0_express has an ATSAMD21G18A"
stop_sim
check "wrong chip: flash untouched" flash_erased_from 0x4000

# --- nRF serial DFU ------------------------------------------------------------------
start_sim nrf --start-in-app
run "$flash" --board feather_nrf52840_express -p "$port" "$tmp/nrf.hex"
check "nRF52840 exits 0" rc_is 0
check "nRF52840 was touched" stdout_has "touching $port at 1200 baud"
check "nRF52840 reports" stdout_has "Flashed 9000 bytes through the DFU bootloader"
stop_sim
check "nRF52840 image at 0x26000" flash_has 0x26000 "$tmp/nrf.bin"
check "nRF52840 image checked and started" summary_has "app_valid=1 in_app=1 size=9000"

start_sim nrf
run "$flash" --board feather_nrf52840_express -p "$port" --no-touch "$golden/pkg_cp.zip"
check "nRF package from adafruit-nrfutil exits 0" rc_is 0
stop_sim
check "nRF package image checked and started" summary_has "app_valid=1"

start_sim nrf --stuck 100
run "$flash" --board feather_nrf52840_express -p "$port" --no-touch "$tmp/nrf.hex"
check "nRF CRC mismatch exits 1" rc_is 1
check "nRF CRC mismatch explains" stderr_has "did not start the new application"
check "nRF CRC mismatch: no success line" stdout_lacks "Flashed"
stop_sim
check "nRF CRC mismatch: the bootloader refused it" summary_has "refusal=CRC mismatch"

start_sim nrf --corrupt 5
run "$flash" --board feather_nrf52840_express -p "$port" --no-touch --timeout 300 "$tmp/nrf.hex"
check "nRF garbled packet exits 1" rc_is 1
check "nRF garbled packet is a timeout" stderr_has "timed out waiting for acknowledgement of the DATA packet"
stop_sim

start_sim nrf --silent-after 6
run "$flash" --board feather_nrf52840_express -p "$port" --no-touch --timeout 300 "$tmp/nrf.hex"
check "nRF silent bootloader exits 1" rc_is 1
check "nRF silent bootloader is a timeout" stderr_has "timed out waiting for acknowledgement"
stop_sim

start_sim nrf --vanish-after 6
run "$flash" --board feather_nrf52840_express -p "$port" --no-touch "$tmp/nrf.hex"
check "nRF vanished port exits 1" rc_is 1
check "nRF vanished port is named" stderr_has "the port vanished"
stop_sim

run "$flash" --board feather_nrf52840_express -p /dev/null "$tmp/m4.uf2"
check "nRF wrong family exits 1" rc_is 1
check "nRF wrong family explains" stderr_has "is a UF2 file for SAMD51"

# --- nrfutil packages -----------------------------------------------------------------
same_package() {  # same_package OURS THEIRS: the same members with the same bytes
  python3 - "$1" "$2" <<'PY'
import sys, zipfile
a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
assert sorted(a.namelist()) == sorted(b.namelist()), (a.namelist(), b.namelist())
for n in a.namelist():
    assert a.read(n) == b.read(n), n
    ia, ib = a.getinfo(n), b.getinfo(n)
    assert (ia.compress_type, ia.external_attr, ia.create_system) == (ib.compress_type, ib.external_attr, ib.create_system), n
PY
}
cp "$golden/app.hex" "$golden/small.bin" "$tmp/"
run "$flash" --genpkg "$tmp/p1.zip" "$tmp/app.hex"
check "genpkg exits 0" rc_is 0
check "genpkg prints nrfutil's line" stdout_has "Zip created at $tmp/p1.zip"
check "genpkg defaults match adafruit-nrfutil" same_package "$tmp/p1.zip" "$golden/pkg_default.zip"
run "$flash" --genpkg "$tmp/p2.zip" --dev-type 0x0052 --sd-req 0xFFFE,0xB6 --application-version 3 --dev-revision 52840 "$tmp/app.hex"
check "genpkg with options matches adafruit-nrfutil" same_package "$tmp/p2.zip" "$golden/pkg_cp.zip"
run "$flash" --genpkg "$tmp/p3.zip" --sd-req none --dev-type none "$tmp/small.bin"
check "genpkg of a .bin with none matches adafruit-nrfutil" same_package "$tmp/p3.zip" "$golden/pkg_bin.zip"
run "$flash" --genpkg "$tmp/p4.zip" --dfu-ver 0.6 "$tmp/app.hex"
check "genpkg --dfu-ver 0.6 matches adafruit-nrfutil" same_package "$tmp/p4.zip" "$golden/pkg_06.zip"
run "$flash" --genpkg "$tmp/p5.zip" --dfu-ver 0.7 "$tmp/app.hex"
check "genpkg --dfu-ver 0.7 matches adafruit-nrfutil" same_package "$tmp/p5.zip" "$golden/pkg_07.zip"
run "$flash" --genpkg "$tmp/p6.zip" --sd-req 0xZZ "$tmp/app.hex"
check "genpkg bad --sd-req is a usage error" rc_is 2
check "genpkg bad --sd-req says so" stderr_has "Could not parse value for --sd-req"
check "genpkg leaves no file on error" test ! -e "$tmp/p6.zip"

# --- UF2 drives ---------------------------------------------------------------------------
drives=$tmp/media
mkdir -p "$drives"
"$sim" drive --dir "$drives/FEATHERBOOT" --board-id SAMD21G18A-Feather-M0-Express-v0 --dump "$tmp/drive.bin" &
drive_pid=$!
for _ in $(seq 100); do [ -e "$drives/FEATHERBOOT/INFO_UF2.TXT" ] && break; sleep 0.05; done
run "$flash" --board feather_m0_express --drive "$drives/FEATHERBOOT" "$tmp/m0.bin"
wait $drive_pid
check "drive copy exits 0" rc_is 0
check "drive copy reports the reset" stdout_has "the board reset into the new firmware"
check "drive received the image at 0x2000" python3 -c "
f = open('$tmp/drive.bin', 'rb').read(); a = open('$tmp/m0.bin', 'rb').read()
assert f[0x2000:0x2000 + len(a)] == a"

mkdir -p "$drives/FEATHERBOOT"
printf 'UF2 Bootloader v3.16.0\nModel: Feather M0\nBoard-ID: SAMD21G18A-Feather-M0-Express-v0\n' >"$drives/FEATHERBOOT/INFO_UF2.TXT"
run "$flash" --drive "$drives/FEATHERBOOT" "$tmp/m4.uf2"
check "drive family mismatch exits 1" rc_is 1
check "drive family mismatch explains" stderr_has "is for family SAMD51 (0x55114460)"
check "drive family mismatch writes nothing" test ! -e "$drives/FEATHERBOOT/NEW.UF2"
run "$flash" --board feather_m0_express --drive "$drives/FEATHERBOOT" --reset-timeout 1 "$tmp/m0.bin"
check "a drive that stays exits 1" rc_is 1
check "a drive that stays is explained" stderr_has "did not reset"
check "a drive that stays: no success line" stdout_lacks "Copied"

finish
