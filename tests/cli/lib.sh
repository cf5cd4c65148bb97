# Helpers for end-to-end command tests: run a command, check what it did.
# Each test script sources this, calls `check`/`expect_*`, then `finish`.
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run CMD...: runs it, capturing stdout, stderr and the exit code.
run() {
  set +e
  "$@" >"$tmp/stdout" 2>"$tmp/stderr"
  rc=$?
  set -e
}

check() {  # check DESCRIPTION CONDITION...
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $what"
    echo "  rc=$rc stdout: $(head -c 300 "$tmp/stdout")"
    echo "  stderr: $(head -c 300 "$tmp/stderr")"
  fi
}

rc_is() { [ "$rc" -eq "$1" ]; }
stdout_has() { grep -qF -- "$1" "$tmp/stdout"; }
stderr_has() { grep -qF -- "$1" "$tmp/stderr"; }
stderr_lines() { [ "$(wc -l <"$tmp/stderr")" -eq "$1" ]; }

finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
