# Helpers for the cpy-flash end-to-end tests: simulated boards in the
# background (tests/uf2/sim, built as flash_sim), test images, and checks
# on the flash a simulator dumps when it stops. Source after tests/cli/lib.sh.
sim_pid=""
trap 'stop_sim; rm -rf "$tmp"' EXIT

# start_sim KIND ARGS...: a simulated board whose port is $tmp/b/ttyACM0;
# its flash goes to $tmp/b/flash.bin (and a summary to flash.bin.txt) on stop_sim.
start_sim() {
  local kind=$1
  shift
  stop_sim
  rm -rf "$tmp/b"
  mkdir -p "$tmp/b"
  port=$tmp/b/ttyACM0
  "$sim" "$kind" --link "$port" --dump "$tmp/b/flash.bin" "$@" &
  sim_pid=$!
  for _ in $(seq 200); do
    [ -e "$port" ] && return 0
    sleep 0.05
  done
  echo "simulator did not start"
  return 1
}

stop_sim() {
  if [ -n "$sim_pid" ]; then
    kill -TERM "$sim_pid" 2>/dev/null
    wait "$sim_pid" 2>/dev/null
    sim_pid=""
  fi
  return 0
}

# flash_has ADDRESS FILE: the dumped flash holds FILE's bytes at ADDRESS.
flash_has() {
  python3 - "$tmp/b/flash.bin" "$1" "$2" <<'PY'
import sys
flash = open(sys.argv[1], 'rb').read()
at = int(sys.argv[2], 0)
want = open(sys.argv[3], 'rb').read()
sys.exit(0 if flash[at:at + len(want)] == want else 1)
PY
}

# bootloader_intact SIZE: the simulator's bootloader pattern is untouched.
bootloader_intact() {
  python3 - "$tmp/b/flash.bin" "$1" <<'PY'
import sys
flash = open(sys.argv[1], 'rb').read()
size = int(sys.argv[2], 0)
sys.exit(0 if all(flash[i] == (i * 7 + 3) & 0xFF for i in range(8, size)) else 1)
PY
}

# flash_erased_from ADDRESS: everything from ADDRESS on is 0xFF.
flash_erased_from() {
  python3 -c "import sys; f=open('$tmp/b/flash.bin','rb').read(); sys.exit(0 if all(b == 0xFF for b in f[$1:]) else 1)"
}

stdout_lacks() { ! grep -qF -- "$1" "$tmp/stdout"; }

summary_has() { grep -qF -- "$1" "$tmp/b/flash.bin.txt"; }

# make_image FILE SIZE SEED [STACK]: pseudo-random bytes whose first word is
# an initial stack pointer, like an application's vector table.
make_image() {
  python3 - "$@" <<'PY'
import random, struct, sys
path, size, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
stack = int(sys.argv[4], 0) if len(sys.argv) > 4 else 0x20008000
r = random.Random(seed)
data = bytearray(r.randrange(256) for _ in range(size))
data[0:4] = struct.pack('<I', stack)
open(path, 'wb').write(data)
PY
}

# to_hex BIN ADDRESS HEX and to_uf2 BIN ADDRESS FAMILY UF2: test inputs in
# the other formats, written independently of the code under test.
to_hex() {
  python3 - "$@" <<'PY'
import sys
data, base, out = open(sys.argv[1], 'rb').read(), int(sys.argv[2], 0), sys.argv[3]
lines, upper = [], -1
def rec(t, a, d):
    b = bytes([len(d), a >> 8 & 255, a & 255, t]) + d
    return ':' + b.hex().upper() + '%02X' % (-sum(b) & 255)
for off in range(0, len(data), 16):
    a = base + off
    if a >> 16 != upper:
        upper = a >> 16
        lines.append(rec(4, 0, bytes([upper >> 8, upper & 255])))
    lines.append(rec(0, a & 0xFFFF, data[off:off + 16]))
lines.append(':00000001FF')
open(out, 'w').write('\n'.join(lines) + '\n')
PY
}

to_uf2() {
  python3 - "$@" <<'PY'
import struct, sys
data, base, family, out = open(sys.argv[1], 'rb').read(), int(sys.argv[2], 0), int(sys.argv[3], 0), sys.argv[4]
n = (len(data) + 255) // 256
blocks = []
for i in range(n):
    chunk = data[i * 256:(i + 1) * 256]
    hdr = struct.pack('<IIIIIIII', 0x0A324655, 0x9E5D5157, 0x2000 if family else 0, base + i * 256, 256, i, n, family)
    blocks.append(hdr + chunk.ljust(476, b'\0') + struct.pack('<I', 0x0AB16F30))
open(out, 'wb').write(b''.join(blocks))
PY
}
