#!/usr/bin/env python3
"""Drives cpy-run's REPL through a pseudo-terminal: prompts, continuation
lines with auto-indent, expression results, tracebacks, history, Ctrl-C
(at the prompt and interrupting a running loop), paste mode and Ctrl-D.

    repl_pty.py BIN_DIR
"""
import os
import pty
import select
import sys
import time

run = os.path.join(sys.argv[1], "cpy-run")
pid, fd = pty.fork()
if pid == 0:
    os.execv(run, [run])

buf = b""


def read_until(marker, timeout=5.0):
    global buf
    end = time.time() + timeout
    while marker.encode() not in buf:
        left = end - time.time()
        if left <= 0:
            raise SystemExit(f"FAIL: timed out waiting for {marker!r}; got:\n{buf.decode(errors='replace')}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
    i = buf.index(marker.encode()) + len(marker)
    seen, buf = buf[:i], buf[i:]
    return seen.decode(errors="replace")


def send(text):
    os.write(fd, text.encode())


failures = []


def expect(marker, what):
    try:
        read_until(marker)
    except SystemExit as e:
        failures.append(f"{what}: {e}")
        raise


read_until("Use Ctrl-D to exit, Ctrl-E for paste mode")
read_until("\n\r>>> ")
send("1 + 2\r")
expect("3", "expression result")
read_until("\n\r>>> ")
send("x = 'abc'\r")
read_until("\n\r>>> ")
send("x\r")
expect("'abc'", "repr of a str")
read_until("\n\r>>> ")
send("None\r")
read_until("\n\r>>> ")
# A compound statement: continuation prompt with auto-indent; an empty
# line ends it.
send("for i in range(3):\r")
read_until("\n\r... ")
send("print(i * 10)\r")
read_until("\n\r... ")
send("\r")
expect("0", "loop output")
expect("10", "loop output")
expect("20", "loop output")
read_until("\n\r>>> ")
send("def f(a):\r")
read_until("\n\r... ")
send("if a:\r")
read_until("\n\r... ")
send("return 'yes'\r")
read_until("\n\r... ")
send("\x7freturn 'no'\r")  # one Backspace removes one level of auto-indent
read_until("\n\r... ")
send("\r")
read_until("\n\r>>> ")
send("f(1), f(0)\r")
expect("('yes', 'no')", "auto-indent and dedent")
read_until("\n\r>>> ")
send("1/0\r")
expect("ZeroDivisionError: division by zero", "traceback")
read_until("\n\r>>> ")
# History: up arrow brings back the previous line.
send("\x1b[A\x1b[A\r")
expect("('yes', 'no')", "history")
read_until("\n\r>>> ")
# Ctrl-C at the prompt drops the line.
send("garbage(\x03")
read_until("\n\r>>> ")
send("[1, 2,\r")
read_until("\n\r... ")
send("3]\r")
expect("[1, 2, 3]", "open bracket continues")
read_until("\n\r>>> ")
# Ctrl-C interrupts a running program.
send("while True: pass\r")
read_until("\n\r... ")
send("\r")
time.sleep(0.3)
send("\x03")
expect("KeyboardInterrupt", "Ctrl-C interrupts")
read_until("\n\r>>> ")
send("'still alive'\r")
expect("'still alive'", "VM usable after Ctrl-C")
read_until("\n\r>>> ")
# Paste mode: no auto-indent, runs on Ctrl-D.
send("\x05")
read_until("=== ")
send("def g():\r    return 5\r\rprint(g() * 2)\r\x04")
expect("10", "paste mode")
read_until("\n\r>>> ")
# Ctrl-D exits with status 0.
send("\x04")
_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
if code != 0:
    failures.append(f"exit status {code}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("repl_pty: all passed")
