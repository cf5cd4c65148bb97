#!/usr/bin/env bash
# Regenerate the golden files under tests/golden from the committed inputs by
# running the reference tools. Nothing is built or downloaded here.
#
#   MPY_CROSS_CP  CircuitPython 10.3.0-alpha.4 mpy-cross        (required)
#   MPY_CROSS_MP  MicroPython v1.28.0 mpy-cross                 (required)
#   MPY_TOOL      CircuitPython's tools/mpy-tool.py             (required for "dis")
#   MPY_TOOL_MP   MicroPython's tools/mpy-tool.py               (optional: mp128-dis)
#   PYTHON        interpreter for mpy-tool.py                   (default python3)
#   GOLDEN_DIR    tree to write into                            (default tests/golden)
#   GOLDEN_ALLOW_OTHER_VERSIONS=1   skip the reference version check
#
# usage: scripts/golden/regen.sh [--check] [py] [opt] [dis] [errors] [cli]
#   With no section names every section is regenerated.
#   --check regenerates into a temporary copy and diffs it against GOLDEN_DIR;
#   it exits 1 when anything differs.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
GOLDEN_DIR=${GOLDEN_DIR:-$root/tests/golden}
PYTHON=${PYTHON:-python3}

CP_VERSION="CircuitPython 10.3.0-alpha.4"
MP_VERSION="MicroPython v1.28.0"
MPY_VERSION="mpy-cross emitting mpy v6.3"

# Programs whose -s variant is recorded in tests/golden/errors.
S_CASES=(
    syntax_missing_colon
    indent_unexpected
    const_comparison
    return_outside_function
    nonlocal_no_binding
    args_duplicate
    string_named_unicode_escape
    bytecode_overflow
    decorator_native_no_arch
    fstring_empty_field
    yield_from_in_async
)

die() { echo "regen.sh: $*" >&2; exit 1; }

abs_tool() {
    # Resolve a tool given as a path or as a command name to an absolute path.
    local t=$1
    if [[ $t == */* ]]; then
        [[ -e $t ]] || die "not found: $t"
        echo "$(cd "$(dirname "$t")" && pwd)/$(basename "$t")"
    else
        command -v "$t" || die "not found in PATH: $t"
    fi
}

check=0
sections=()
for a in "$@"; do
    case $a in
        --check) check=1 ;;
        py|opt|dis|errors|cli) sections+=("$a") ;;
        -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument: $a" ;;
    esac
done
[[ ${#sections[@]} -gt 0 ]] || sections=(py opt dis errors cli)

if [[ $check == 1 ]]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/golden"
    # Copy only the inputs; everything else must come back from the tools.
    mkdir -p "$tmp/golden/py" "$tmp/golden/errors" "$tmp/golden/cli"
    cp "$GOLDEN_DIR"/py/*.py "$tmp/golden/py/"
    cp "$GOLDEN_DIR"/errors/*.py "$tmp/golden/errors/"
    cp "$GOLDEN_DIR"/cli/*.args "$tmp/golden/cli/"
    cp "$GOLDEN_DIR"/cli/*.py "$tmp/golden/cli/" 2>/dev/null || true
    cp "$GOLDEN_DIR"/cli/*.stdin "$tmp/golden/cli/" 2>/dev/null || true
    [[ -f $GOLDEN_DIR/cp10-dis/SKIPPED ]] && mkdir -p "$tmp/golden/cp10-dis"
    GOLDEN_DIR="$tmp/golden" "${BASH_SOURCE[0]}" "${sections[@]}"
    status=0
    for s in "${sections[@]}"; do
        case $s in
            py) dirs=(cp10 mp128) ;;
            opt) dirs=(cp10-opt) ;;
            dis) dirs=(cp10-dis); [[ -n ${MPY_TOOL_MP:-} ]] && dirs+=(mp128-dis) ;;
            errors) dirs=(errors) ;;
            cli) dirs=(cli) ;;
        esac
        for d in "${dirs[@]}"; do
            diff -r "$GOLDEN_DIR/$d" "$tmp/golden/$d" || status=1
        done
    done
    if [[ $status == 0 ]]; then echo "golden files are up to date"; else echo "golden files differ" >&2; fi
    exit $status
fi

MPY_CROSS_CP=$(abs_tool "${MPY_CROSS_CP:?set MPY_CROSS_CP to the CircuitPython mpy-cross}")
MPY_CROSS_MP=$(abs_tool "${MPY_CROSS_MP:?set MPY_CROSS_MP to the MicroPython mpy-cross}")

if [[ ${GOLDEN_ALLOW_OTHER_VERSIONS:-0} != 1 ]]; then
    v=$("$MPY_CROSS_CP" --version)
    [[ $v == "$CP_VERSION on "*"; $MPY_VERSION" ]] || die "MPY_CROSS_CP reports '$v', expected $CP_VERSION"
    v=$("$MPY_CROSS_MP" --version)
    [[ $v == "$MP_VERSION on "*"; $MPY_VERSION" ]] || die "MPY_CROSS_MP reports '$v', expected $MP_VERSION"
fi

# Run a reference compiler with argv[0] set to "mpy-cross" so that usage text
# does not depend on where the binary lives. Prints nothing; returns its status.
run_ref() {
    local bin=$1; shift
    (exec -a mpy-cross "$bin" "$@")
}

names=()
while IFS= read -r f; do names+=("$(basename "$f" .py)"); done \
    < <(find "$GOLDEN_DIR/py" -maxdepth 1 -name '*.py' | LC_ALL=C sort)

gen_py() {
    echo "py: ${#names[@]} programs"
    rm -rf "$GOLDEN_DIR/cp10" "$GOLDEN_DIR/mp128"
    mkdir -p "$GOLDEN_DIR/cp10" "$GOLDEN_DIR/mp128"
    cd "$GOLDEN_DIR/py"
    for n in "${names[@]}"; do
        run_ref "$MPY_CROSS_CP" -o "../cp10/$n.mpy" "$n.py" || die "CircuitPython mpy-cross rejected py/$n.py"
        run_ref "$MPY_CROSS_MP" -o "../mp128/$n.mpy" "$n.py" || die "MicroPython mpy-cross rejected py/$n.py"
    done
}

gen_opt() {
    echo "opt: ${#names[@]} programs x (-O1 -O2 -O3 -s)"
    rm -rf "$GOLDEN_DIR/cp10-opt"
    mkdir -p "$GOLDEN_DIR/cp10-opt"
    cd "$GOLDEN_DIR/py"
    for n in "${names[@]}"; do
        for o in 1 2 3; do
            run_ref "$MPY_CROSS_CP" -O$o -o "../cp10-opt/$n.O$o.mpy" "$n.py" || die "-O$o rejected py/$n.py"
        done
        run_ref "$MPY_CROSS_CP" -s "lib/$n.py" -o "../cp10-opt/$n.s.mpy" "$n.py" || die "-s rejected py/$n.py"
    done
}

gen_dis_one() {
    # $1 tool, $2 source dir (cp10 or mp128), $3 output dir
    local tool=$1 src=$2 out=$3 n skipped=()
    rm -rf "$GOLDEN_DIR/$out"
    mkdir -p "$GOLDEN_DIR/$out"
    cd "$GOLDEN_DIR"
    for n in "${names[@]}"; do
        if ! "$PYTHON" "$tool" -d "$src/$n.mpy" > "$out/$n.txt" 2> "$out/.err"; then
            skipped+=("$n: $(tail -n 1 "$out/.err")")
            rm -f "$out/$n.txt"
        fi
    done
    rm -f "$out/.err"
    if [[ ${#skipped[@]} -gt 0 ]]; then
        printf '%s\n' "${skipped[@]}" > "$out/SKIPPED"
        echo "dis: mpy-tool failed on ${#skipped[@]} files, listed in $out/SKIPPED"
    fi
}

gen_dis() {
    local tool
    tool=$(abs_tool "${MPY_TOOL:?set MPY_TOOL to CircuitPython tools/mpy-tool.py}")
    [[ -d $GOLDEN_DIR/cp10 ]] || die "run the py section first"
    echo "dis: cp10-dis"
    gen_dis_one "$tool" cp10 cp10-dis
    if [[ -n ${MPY_TOOL_MP:-} ]]; then
        tool=$(abs_tool "$MPY_TOOL_MP")
        echo "dis: mp128-dis"
        gen_dis_one "$tool" mp128 mp128-dis
    fi
}

# run_case DIR STEM TARGET BIN STDIN ARGS...
# Runs BIN in DIR and records STEM.TARGET.{stdout,stderr,rc}.
run_case() {
    local dir=$1 stem=$2 target=$3 bin=$4 stdin=$5; shift 5
    local rc=0
    (cd "$dir" && run_ref "$bin" "$@" < "$stdin" > "$stem.$target.stdout" 2> "$stem.$target.stderr") || rc=$?
    echo "$rc" > "$dir/$stem.$target.rc"
}

gen_errors() {
    local dir=$GOLDEN_DIR/errors n t bin count=0
    rm -f "$dir"/*.cp10.* "$dir"/*.mp128.*
    for f in $(find "$dir" -maxdepth 1 -name '*.py' | LC_ALL=C sort); do
        n=$(basename "$f" .py)
        for t in cp10 mp128; do
            [[ $t == cp10 ]] && bin=$MPY_CROSS_CP || bin=$MPY_CROSS_MP
            rm -f "$dir/$n.mpy"
            run_case "$dir" "$n" "$t" "$bin" /dev/null "$n.py"
            # A case only one compiler rejects leaves the other's output behind.
            [[ -f $dir/$n.mpy ]] && mv "$dir/$n.mpy" "$dir/$n.$t.mpy"
        done
        count=$((count + 1))
    done
    for n in "${S_CASES[@]}"; do
        [[ -f $dir/$n.py ]] || die "errors/$n.py is listed in S_CASES but missing"
        for t in cp10 mp128; do
            [[ $t == cp10 ]] && bin=$MPY_CROSS_CP || bin=$MPY_CROSS_MP
            rm -f "$dir/$n.mpy"
            run_case "$dir" "$n.s" "$t" "$bin" /dev/null -s "lib/$n.py" "$n.py"
            [[ -f $dir/$n.mpy ]] && mv "$dir/$n.mpy" "$dir/$n.s.$t.mpy"
        done
    done
    echo "errors: $count cases, ${#S_CASES[@]} with -s"
}

gen_cli() {
    local dir=$GOLDEN_DIR/cli n t bin stdin count=0 args
    rm -f "$dir"/*.cp10.* "$dir"/*.mp128.*
    for f in $(find "$dir" -maxdepth 1 -name '*.args' | LC_ALL=C sort); do
        n=$(basename "$f" .args)
        args=()
        while IFS= read -r line || [[ -n $line ]]; do args+=("$line"); done < "$f"
        stdin=/dev/null
        [[ -f $dir/$n.stdin ]] && stdin=$dir/$n.stdin
        for t in cp10 mp128; do
            [[ $t == cp10 ]] && bin=$MPY_CROSS_CP || bin=$MPY_CROSS_MP
            run_case "$dir" "$n" "$t" "$bin" "$stdin" ${args[@]+"${args[@]}"}
            # Output files written next to the input are kept under the case name.
            for m in "$dir"/*.mpy; do
                case $m in *.cp10.*|*.mp128.*) continue ;; esac
                [[ -e $m ]] || continue
                mv "$m" "$dir/$n.$t.$(basename "$m")"
            done
            # The build date in --version output varies from build to build.
            if printf '%s\n' ${args[@]+"${args[@]}"} | grep -qx -- '--version'; then
                sed -E -i 's/ on [0-9]{4}-[0-9]{2}-[0-9]{2};/ on <date>;/' "$dir/$n.$t.stdout"
            fi
        done
        count=$((count + 1))
    done
    echo "cli: $count cases"
}

for s in "${sections[@]}"; do
    "gen_$s"
done
