#!/usr/bin/env bash
# Outputs that are not regular files: a FIFO (standing in for /dev/null and
# other devices) is written in place, never replaced by a renamed temporary
# file; a symlink is written through, so the link stays and its target gets
# the bytes. Covers every command that writes files atomically.
# Usage: test_special_outputs.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/cli/lib.sh"

printf 'x = 1\n' > "$tmp/t.py"
head -c 1024 /dev/zero > "$tmp/image.bin"
mpy=$src/tests/golden/examples/colorwheel.mpy

# writes_through_fifo NAME CMD...: CMD's output goes to $tmp/fifo, read by cat.
writes_through_fifo() {
  local name=$1
  shift
  rm -f "$tmp/fifo" "$tmp/fifo.read"
  mkfifo "$tmp/fifo"
  cat "$tmp/fifo" > "$tmp/fifo.read" &
  local reader=$!
  run "$@"
  wait "$reader" || true
  check "$name: exits 0 writing a FIFO" rc_is 0
  check "$name: the FIFO is still a FIFO" test -p "$tmp/fifo"
  check "$name: the reader got the bytes" test -s "$tmp/fifo.read"
  check "$name: no temporary file is left" bash -c "! ls -A '$tmp' | grep -q '^\.fifo'"
}

# writes_through_link NAME CMD... (CMD writes $tmp/link, a symlink to $tmp/real)
writes_through_link() {
  local name=$1
  shift
  rm -f "$tmp/link" "$tmp/real"
  ln -s real "$tmp/link"
  run "$@"
  check "$name: exits 0 writing through a symlink" rc_is 0
  check "$name: the link is still a link" test -L "$tmp/link"
  check "$name: the target got the bytes" test -s "$tmp/real"
}

writes_through_fifo cpy-cross "$bin/cpy-cross" "$tmp/t.py" -o "$tmp/fifo"
writes_through_link cpy-cross "$bin/cpy-cross" "$tmp/t.py" -o "$tmp/link"
writes_through_fifo cpy-uf2 "$bin/cpy-uf2" -b 0x2000 "$tmp/image.bin" -o "$tmp/fifo"
writes_through_link cpy-uf2 "$bin/cpy-uf2" -b 0x2000 "$tmp/image.bin" -o "$tmp/link"
# -c to a file streams the UF2 out instead of building it in memory.
writes_through_fifo "cpy-uf2 -c" "$bin/cpy-uf2" -c -b 0x2000 "$tmp/image.bin" -o "$tmp/fifo"
writes_through_link "cpy-uf2 -c" "$bin/cpy-uf2" -c -b 0x2000 "$tmp/image.bin" -o "$tmp/link"
writes_through_fifo cpy-dis "$bin/cpy-dis" --rewrite "$mpy" -o "$tmp/fifo"
writes_through_link cpy-dis "$bin/cpy-dis" --rewrite "$mpy" -o "$tmp/link"
finish
