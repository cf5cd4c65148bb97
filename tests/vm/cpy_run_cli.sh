#!/usr/bin/env bash
# End-to-end checks of cpy-run: .py and .mpy programs, -c, -m, stdin, .py
# imports (.mpy preferred), syntax-error and uncaught-exception tracebacks
# with exit 1, SIGINT as KeyboardInterrupt, and a 32 KB heap.
#   cpy_run_cli.sh BIN_DIR
set -uo pipefail
bin="$(cd "${1:?usage: cpy_run_cli.sh BIN_DIR}" && pwd)"
run="$bin/cpy-run"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
check() {  # check NAME EXPECTED_STATUS EXPECTED_OUTPUT -- command...
  local name=$1 want_status=$2 want=$3
  shift 4
  local got status
  got="$("$@" 2>&1)"
  status=$?
  if [[ "$got" != "$want" || $status -ne $want_status ]]; then
    echo "FAIL $name (exit $status, want $want_status)"
    diff <(echo "$want") <(echo "$got") | head -20
    fail=$((fail + 1))
  fi
}

printf 'import sys\nprint("hello", sys.argv[1:])\n' > hello.py
check py 0 "hello ['a', 'b']" -- "$run" hello.py a b
check c 0 "$(printf '1267650600228229401496703205376\n-c')" -- "$run" -c 'import sys; print(2 ** 100); print(sys.argv[0])'
check stdin 0 "7" -- bash -c "echo 'print(3 + 4)' | '$run'"

mkdir -p lib/pkg
printf 'name = "py module"\n' > lib/modpy.py
printf 'from . import sub\nvalue = sub.twice(21)\n' > lib/pkg/__init__.py
printf 'def twice(x):\n    return 2 * x\n' > lib/pkg/sub.py
printf 'import sys\nsys.path.append("lib")\nimport modpy, pkg\nprint(modpy.name, pkg.value, __name__)\n' > imp.py
check import_py 0 "py module 42 __main__" -- "$run" imp.py
printf 'print("as main:", __name__)\n' > runme.py
check m 0 "as main: __main__" -- "$run" -m runme

# .mpy is preferred over .py when both are there.
if [[ -x "$bin/cpy-cross" ]]; then
  printf 'which = "mpy"\n' > both.py
  "$bin/cpy-cross" both.py
  printf 'which = "py"\n' > both.py
  check mpy_first 0 "mpy" -- "$run" -c 'import both; print(both.which)'
  printf 'print("compiled")\n' > comp.py
  "$bin/cpy-cross" comp.py
  check mpy_file 0 "compiled" -- "$run" comp.mpy
fi

printf 'x = 1\ny = (\n' > bad.py
check syntax 1 "$(printf 'Traceback (most recent call last):\n  File "bad.py", line 3\nSyntaxError: invalid syntax')" -- "$run" bad.py
printf 'def f():\n    raise ValueError("boom")\nf()\n' > raises.py
check uncaught 1 "$(printf 'Traceback (most recent call last):\n  File "raises.py", line 3, in <module>\n  File "raises.py", line 2, in f\nValueError: boom')" -- "$run" raises.py
check exit_code 3 "" -- "$run" -c 'import sys; sys.exit(3)'
check recursion 0 "RuntimeError" -- "$run" -c '
def f(n):
    return f(n + 1)
try:
    f(0)
except RuntimeError:
    print("RuntimeError")'

printf 'l = []\ntry:\n    while True:\n        l.append([0] * 32)\nexcept MemoryError:\n    l = None\n    print("MemoryError")\nprint(sum(range(10)))\n' > small.py
check heap_32k 0 "$(printf 'MemoryError\n45')" -- "$run" -X heapsize=32k small.py
check bad_heap 2 "cpy-run: error: bad heap size: 1" -- "$run" -X heapsize=1 small.py

# SIGINT interrupts a running program with KeyboardInterrupt.
printf 'import sys\nprint("started")\nsys.stdout.flush() if hasattr(sys.stdout, "flush") else None\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("interrupted")\n' > spin.py
"$run" spin.py > spin.out 2>&1 &
pid=$!
sleep 0.5  # output to a file is buffered: wait, then interrupt
kill -INT $pid
wait $pid
status=$?
if [[ $status -ne 0 ]] || ! grep -q interrupted spin.out; then
  echo "FAIL sigint (exit $status)"
  cat spin.out
  fail=$((fail + 1))
fi

if [[ $fail -ne 0 ]]; then
  echo "cpy_run_cli: $fail failed"
  exit 1
fi
echo "cpy_run_cli: all passed"
