# shellcheck shell=bash
# shellcheck disable=SC2154  # $cross is set by the script that sources this
# Helpers for cpy-cross's golden suites: one verdict per case, then a summary
# with the counts and the first few differences.
#   CROSS_SHOW=N       how many failing cases to show in detail (default 5)
#   CROSS_LIST=1       also list the name of every failing case
#   CROSS_ONLY=REGEX   run only the cases whose name matches
cases_passed=0
cases_failed=0
failed_names=()
shown=0
show_limit=${CROSS_SHOW:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# selected NAME: whether CROSS_ONLY lets this case run.
selected() { [[ -z ${CROSS_ONLY:-} || $1 =~ $CROSS_ONLY ]]; }

# Per-case state: reasons collect what differed; details, what to show.
begin_case() { case_name=$1; case_reasons=(); case_details=""; }
differs() { case_reasons+=("$1"); [[ -n ${2:-} ]] && case_details+="$2"$'\n'; return 0; }

# compare_text WHAT EXPECTED ACTUAL: a text file, byte for byte; the diff
# shows line ends (cat -A) since CR matters here.
compare_text() {
  local what=$1 expected=$2 actual=$3
  cmp -s "$expected" "$actual" && return 0
  differs "$what" "--- $what (expected, then actual; cat -A)"$'\n'"$(diff <(cat -A "$expected") <(cat -A "$actual") | head -n 12)"
}

# compare_bytes WHAT EXPECTED ACTUAL: a .mpy file.
compare_bytes() {
  local what=$1 expected=$2 actual=$3
  if [[ ! -e $actual ]]; then differs "$what missing"; return 0; fi
  cmp -s "$expected" "$actual" && return 0
  local at
  at=$(cmp "$expected" "$actual" 2>&1 | head -n 1)
  differs "$what" "--- $what: $(stat -c %s "$expected") bytes expected, $(stat -c %s "$actual") written; $at"$'\n'"$(cmp -l "$expected" "$actual" 2>/dev/null | head -n 4 | awk '{ printf "    offset %d: expected %03o, got %03o\n", $1 - 1, $2, $3 }')"
}

end_case() {
  if [[ ${#case_reasons[@]} -eq 0 ]]; then
    cases_passed=$((cases_passed + 1))
    return
  fi
  cases_failed=$((cases_failed + 1))
  failed_names+=("$case_name")
  if [[ $shown -lt $show_limit ]]; then
    shown=$((shown + 1))
    echo "FAIL $case_name: ${case_reasons[*]}"
    [[ -n $case_details ]] && printf '%s' "$case_details" | sed 's/^/  /'
  fi
}

# summary SUITE: prints the counts; exit status 0 only if all passed.
summary() {
  if [[ ${CROSS_LIST:-0} == 1 && $cases_failed -gt 0 ]]; then
    echo "failing cases:"
    printf '  %s\n' "${failed_names[@]}"
  fi
  [[ $cases_failed -gt $shown ]] && echo "(and $((cases_failed - shown)) more failing cases; CROSS_SHOW=N or CROSS_LIST=1 for more)"
  echo "$1: $cases_passed passed, $cases_failed failed"
  [[ $cases_failed -eq 0 && $cases_passed -gt 0 ]]
}

# run_as NAME DIR STDIN OUT_PREFIX ARGS...: runs cpy-cross in DIR with
# argv[0] NAME ("mpy-cross", as the golden files were recorded, or
# "cpy-cross"); leaves OUT_PREFIX.{stdout,stderr,rc}.
run_as() {
  local name=$1 dir=$2 stdin=$3 out=$4
  shift 4
  local rc=0
  (cd "$dir" && exec -a "$name" "$cross" "$@") <"$stdin" >"$out.stdout" 2>"$out.stderr" || rc=$?
  echo "$rc" >"$out.rc"
}
run_as_mpy_cross() { run_as mpy-cross "$@"; }

# target_flags TARGET: the extra arguments for a golden target.
target_flags() { if [[ $1 == mp128 ]]; then echo "--target=micropython"; fi; }
