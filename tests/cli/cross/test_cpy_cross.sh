#!/usr/bin/env bash
# cpy-cross's own behaviour beyond mpy-cross: many inputs, -r/-d trees, -j
# threads, --json, atomic and never-stale outputs, the native-code refusal,
# and its own usage errors.
# Usage: test_cpy_cross.sh path/to/cpy-cross SOURCE_DIR
set -euo pipefail
cross=$(realpath "$1")
src=$(realpath "$2")
. "$src/tests/cli/lib.sh"
golden=$src/tests/golden

no_temp_files() { [ -z "$(find "$1" -name '.*.tmp-*' | head -n 1)" ]; }
same_tree() { diff -r "$1" "$2" >/dev/null; }
json_check() { python3 -c "import json,sys; d=json.load(open('$tmp/stdout')); $1"; }

# --- Trees: -r/-d, mirrored, -j2 the same as -j1 --------------------------------
run "$cross" -r "$golden/py" -d "$tmp/j1" -j1
check "tree -j1 exits 0" rc_is 0
check "tree -j1 prints nothing" test ! -s "$tmp/stderr"
run "$cross" -r "$golden/py" -d "$tmp/j2" -j2
check "tree -j2 exits 0" rc_is 0
check "-j2 writes the same bytes as -j1" same_tree "$tmp/j1" "$tmp/j2"
check "one .mpy per .py" test "$(find "$tmp/j2" -name '*.mpy' | wc -l)" -eq "$(find "$golden/py" -name '*.py' | wc -l)"
check "tree files equal the reference's (named relative to the root)" same_tree "$tmp/j2" "$golden/cp10"
check "no temporary files left" no_temp_files "$tmp/j2"
run "$cross" -r "$golden/py" -d "$tmp/s" -s lib -j2
check "tree with -s prefix exits 0" rc_is 0
same_s() {
  local f n
  for f in "$tmp"/s/*.mpy; do
    n=$(basename "$f" .mpy)
    cmp -s "$f" "$golden/cp10-opt/$n.s.mpy" || return 1
  done
}
check "-s PREFIX embeds PREFIX/<path>, as -s lib/<name>.py does" same_s

# A nested tree: subfolders mirrored, each file compiled as from the root.
mkdir -p "$tmp/lib/pkg/sub" "$tmp/lib/.hidden"
cp "$golden/py/app_ring_buffer.py" "$tmp/lib/pkg/ring.py"
cp "$golden/py/class_basic.py" "$tmp/lib/pkg/sub/cls.py"
cp "$golden/cli/input.py" "$tmp/lib/top.py"
echo "not python" >"$tmp/lib/pkg/README.txt"
run "$cross" -r "$tmp/lib" -d "$tmp/nested" -j2
check "nested tree exits 0" rc_is 0
check "nested outputs mirror the tree" test -f "$tmp/nested/pkg/sub/cls.mpy" -a -f "$tmp/nested/pkg/ring.mpy" -a -f "$tmp/nested/top.mpy"
check "only .py files are compiled" test ! -e "$tmp/nested/pkg/README.mpy"
(cd "$tmp/lib" && "$cross" -o "$tmp/single.mpy" pkg/sub/cls.py)
check "a tree file equals a single compile from the root with its relative name" cmp -s "$tmp/single.mpy" "$tmp/nested/pkg/sub/cls.mpy"
run "$cross" -r "$tmp/lib"
check "-r without -d writes beside the sources" test -f "$tmp/lib/pkg/sub/cls.mpy"
check "  and the same bytes" cmp -s "$tmp/lib/pkg/sub/cls.mpy" "$tmp/nested/pkg/sub/cls.mpy"

# --- A failing file among good ones -------------------------------------------
mkdir -p "$tmp/mixed/sub" "$tmp/mixed_out/sub"
cp "$golden/cli/input.py" "$tmp/mixed/a.py"
cp "$golden/cli/input.py" "$tmp/mixed/sub/c.py"
printf 'x = 1\ndef f(:\n    pass\n' >"$tmp/mixed/sub/bad.py"
printf 'def f():\n    nonlocal q\n' >"$tmp/mixed/sub/scope.py"
echo stale >"$tmp/mixed_out/sub/bad.mpy"
run "$cross" -r "$tmp/mixed" -d "$tmp/mixed_out" -j2
check "a failing file makes the run exit 1" rc_is 1
check "the good files are written" test -f "$tmp/mixed_out/a.mpy" -a -f "$tmp/mixed_out/sub/c.mpy"
check "the failing file has no output (the stale one is gone)" test ! -e "$tmp/mixed_out/sub/bad.mpy"
check "no temporary files left" no_temp_files "$tmp/mixed_out"
check "parse error names the relative path, no scope" stderr_has '  File "sub/bad.py", line 2'
check "compile error has its scope" stderr_has '  File "sub/scope.py", line 2, in f'
check "message as the reference prints it" stderr_has "SyntaxError: no binding for nonlocal found"
check "summary line" stderr_has "cpy-cross: 2 of 4 files failed"
check "diagnostics come in input order" test "$(grep -n 'sub/bad.py' "$tmp/stderr" | cut -d: -f1)" -lt "$(grep -n 'sub/scope.py' "$tmp/stderr" | cut -d: -f1)"

run "$cross" --json -r "$tmp/mixed" -d "$tmp/mixed_json" -j2
check "--json exits 1 when a file failed" rc_is 1
check "--json prints nothing on stderr" test ! -s "$tmp/stderr"
check "--json output parses, with counts" json_check "assert d['inputs']==4 and d['compiled']==2 and d['failed']==2 and len(d['files'])==4"
check "--json parse-stage diagnostic" json_check "
x=[g for g in d['diagnostics'] if g['file']=='sub/bad.py'][0]
assert x['line']==2 and x['type']=='SyntaxError' and x['message']=='invalid syntax' and x['scope'] is None, x
assert x['input'].endswith('mixed/sub/bad.py') and x['errno'] is None and x['source']=='mpy-cross'"
check "--json compile-stage diagnostic" json_check "
x=[g for g in d['diagnostics'] if g['file']=='sub/scope.py'][0]
assert x['line']==2 and x['scope']=='f' and x['message']=='no binding for nonlocal found', x"
run "$cross" --json "$tmp/mixed/a.py"
check "--json on success: no diagnostics" json_check "assert d['diagnostics']==[] and d['failed']==0 and d['files'][0]['ok']"
run "$cross" --json "$tmp/missing.py"
check "--json OSError carries errno" json_check "
x=d['diagnostics'][0]; assert x['type']=='OSError' and x['errno']==2 and x['message']=='can\'t open $tmp/missing.py', x"

# --- Many plain inputs ------------------------------------------------------------
mkdir -p "$tmp/many"
cp "$golden/cli/input.py" "$tmp/many/one.py"
cp "$golden/cli/input.py" "$tmp/many/two.py"
(cd "$tmp/many" && "$cross" one.py two.py)
check "each input gets its default output name" test -f "$tmp/many/one.mpy" -a -f "$tmp/many/two.mpy"
(cd "$tmp/many" && "$cross" -o "$tmp/many/one_ref.mpy" one.py)
check "  with the same bytes as a single compile" cmp -s "$tmp/many/one.mpy" "$tmp/many/one_ref.mpy"
run bash -c "cd '$tmp/many' && '$cross' one.py nothere.py two.py"
check "a missing input among others: exit 1" rc_is 1
check "  the reference's OSError text" stderr_has "OSError: (2, \"can't open nothere.py\")"
run "$cross" -o "$tmp/x.mpy" "$tmp/many/one.py" "$tmp/many/two.py"
check "-o with several inputs is a usage error" rc_is 2
check "  said as cpy-cross: error:" stderr_has "cpy-cross: error: -o names the output of one input"
run "$cross" "$tmp/many/one.py" "$tmp/many/../many/one.py"
check "two inputs writing one file: usage error" rc_is 2
run "$cross" - -
check "stdin twice: usage error" rc_is 2
run "$cross" --json -o - "$tmp/many/one.py"
check "--json with -o -: usage error" rc_is 2
run "$cross" -d "$tmp/x" "$tmp/many/one.py"
check "-d without -r: usage error" rc_is 2
run "$cross" -r "$tmp/many" "$tmp/many/one.py"
check "-r with inputs: usage error" rc_is 2
run "$cross" -j lots "$tmp/many/one.py"
check "-j needs a number" rc_is 2
run "$cross" -r
check "-r needs a directory" rc_is 2
run "$cross" -r "$tmp/nowhere" -d "$tmp/x"
check "-r on a missing folder: exit 1" rc_is 1
check "  says which" stderr_has "cpy-cross: error: $tmp/nowhere:"
mkdir -p "$tmp/empty"
run "$cross" -r "$tmp/empty"
check "-r on a folder without .py files: exit 1" rc_is 1
run "$cross" --target=python2 x.py
check "bad --target: usage error" rc_is 2
run "$cross" -j4 "$tmp/many/one.py" "$tmp/many/two.py"
check "-j4 with two inputs" rc_is 0

# --- mpy-cross mode is the reference's command line ------------------------------
run bash -c "exec -a mpy-cross '$cross' -r '$tmp/many'"
check "as mpy-cross, -r is an unknown option (usage, exit 1)" rc_is 1
check "  with the reference's usage text" stdout_has "usage: mpy-cross [<opts>]"
run bash -c "exec -a mpy-cross '$cross' '$tmp/many/one.py' '$tmp/many/two.py'"
check "as mpy-cross, two inputs are refused" stderr_has "multiple input files"
run "$cross" --help
check "cpy-cross --help exits 0" rc_is 0
check "  shows the reference's options" stdout_has "-msmall-int-bits=number"
check "  and cpy-cross's, with examples" stdout_has "-r <dir> : compile every .py file"
run "$cross" --version
check "cpy-cross --version" stdout_has "cpy-cross "

# --- Atomic, never stale -----------------------------------------------------------
printf 'def f(:\n' >"$tmp/broken.py"
echo "old" >"$tmp/broken.mpy"
run "$cross" "$tmp/broken.py"
check "a failed compile exits 1" rc_is 1
check "  and removes the out-of-date output" test ! -e "$tmp/broken.mpy"
run "$cross" -o "$tmp/broken.py" "$tmp/broken.py"
check "  but never the input itself" test -f "$tmp/broken.py"
run "$cross" -o "$tmp/no/such/dir/x.mpy" "$tmp/many/one.py"
check "unwritable output: exit 1" rc_is 1
check "  the reference's OSError text" stderr_has "OSError: (2, \"can't open $tmp/no/such/dir/x.mpy\")"
mkdir -p "$tmp/adir.py"
run "$cross" "$tmp/adir.py"
check "a folder as input: the reference's bare OSError" stderr_has "OSError: 21"

# --- Native code -------------------------------------------------------------------
cp "$golden/cli/input.py" "$tmp/in.py"
run "$cross" -X emit=native -march=x64 "$tmp/in.py"
check "-X emit=native with -march: exit 1" rc_is 1
check "  clear message" stderr_has "native code generation is not supported"
check "  nothing written" test ! -e "$tmp/in.mpy"
printf 'import micropython\n@micropython.native\ndef f():\n    return 1\n' >"$tmp/nat.py"
run "$cross" -march=armv6m "$tmp/nat.py"
check "@micropython.native with -march: exit 1" rc_is 1
check "  clear message with the line" stderr_has "$tmp/nat.py, line 2: native code generation is not supported"
run "$cross" "$tmp/nat.py"
check "@micropython.native without -march: the reference's invalid arch" stderr_has "SyntaxError: invalid arch"
printf '@micropython.asm_thumb\ndef f():\n    nop()\n' >"$tmp/asm.py"
run "$cross" -march=x64 "$tmp/asm.py"
check "asm on x64: the reference's invalid arch" stderr_has "SyntaxError: invalid arch"
run "$cross" -march=rv32imc -march-flags=zba -o "$tmp/flags.mpy" "$tmp/in.py"
"$cross" -o "$tmp/plain.mpy" "$tmp/in.py"
header_ok() {
  [ "$(head -c 5 "$tmp/flags.mpy" | od -An -tx1 | tr -d ' \n')" = "4306401f01" ] &&
    cmp -s <(tail -c +6 "$tmp/flags.mpy") <(tail -c +5 "$tmp/plain.mpy")
}
check "-march-flags with bytecode: flags bit and varint in the header, as the reference" header_ok

finish
