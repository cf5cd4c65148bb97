#!/usr/bin/env bash
# End-to-end behaviour of cpy-dis. Usage: test_cpy_dis.sh BIN_DIR SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
. "$src/tests/cli/lib.sh"
dis=$bin/cpy-dis
good=$src/tests/golden/examples/colorwheel.mpy

run "$dis" "$good"
check "listing exits 0" rc_is 0
check "listing shows the header" stdout_has "header: 43:06:00:1f (CircuitPython .mpy v6"
check "listing names functions" stdout_has "function wheel (depth 1)"
check "listing decodes operands" stdout_has "LOAD_CONST_SMALL_INT 85"

run "$dis" --json "$good"
check "json exits 0" rc_is 0
check "json parses" python3 -c "import json,sys; m=json.load(open('$tmp/stdout')); assert m['header']['magic']=='C' and m['root']['children']"

run "$dis" --rewrite "$good" -o "$tmp/out.mpy"
check "rewrite exits 0" rc_is 0
check "rewrite is byte-identical" cmp -s "$good" "$tmp/out.mpy"

run "$dis" --rewrite "$good" -o -
check "rewrite to stdout" cmp -s "$good" "$tmp/stdout"

run "$dis" - <"$good"
check "reads stdin" stdout_has "function Palette"

head -c 100 "$good" >"$tmp/cut.mpy"
run "$dis" --rewrite "$tmp/cut.mpy" -o "$tmp/never.mpy"
check "truncated file exits 1" rc_is 1
check "truncated file: one clear line" stderr_lines 1
check "truncated file: names the file and offset" stderr_has "cpy-dis: error: $tmp/cut.mpy:"
check "truncated file: offset given" stderr_has "(at offset 0x"
check "no output file on failure" test ! -e "$tmp/never.mpy"

printf 'hello world' >"$tmp/text.mpy"
run "$dis" "$tmp/text.mpy"
check "not an mpy: exit 1" rc_is 1
check "not an mpy: says so" stderr_has "not a .mpy file"

printf 'C\x05\x00\x1f' >"$tmp/v5.mpy"
run "$dis" "$tmp/v5.mpy"
check "old version refused" stderr_has "incompatible .mpy version"

run "$dis" "$tmp/missing.mpy"
check "missing file exits 1" rc_is 1
check "missing file message" stderr_has "No such file or directory"

run "$dis"
check "no arguments is a usage error" rc_is 2
run "$dis" --rewrite "$good"
check "--rewrite without -o is a usage error" rc_is 2
run "$dis" --bogus "$good"
check "unknown flag is a usage error" rc_is 2

run "$dis" --help
check "--help exits 0" rc_is 0
check "--help shows examples" stdout_has "Examples:"

# A sample of golden files of both flavours lists and rewrites identically
# through the command (test_mpy round-trips all of them in-process).
n=0
for f in $(ls "$src"/tests/golden/cp10/*.mpy | head -n 15) $(ls "$src"/tests/golden/mp128/*.mpy | head -n 15); do
  [ -e "$f" ] || continue
  "$dis" --rewrite "$f" -o "$tmp/rt.mpy" && cmp -s "$f" "$tmp/rt.mpy" && "$dis" "$f" >/dev/null || {
    echo "FAIL: round trip of $f"
    failed=$((failed + 1))
  }
  n=$((n + 1))
done
echo "round-tripped $n golden files through the command"
finish
