#!/usr/bin/env bash
# Compile a tree of real CircuitPython libraries with the reference compilers.
# The libraries are not part of this repository: CORPUS/src/<library>/ must
# already hold one checked-out library per folder. Nothing is fetched here.
#
#   MPY_CROSS_CP  CircuitPython 10.3.0-alpha.4 mpy-cross   (required)
#   MPY_CROSS_MP  MicroPython v1.28.0 mpy-cross            (required)
#
# usage: scripts/golden/build-corpus.sh [-j JOBS] [CORPUS]     (CORPUS defaults to /work/corpus)
#
# Every .py file under CORPUS/src/<library>/ is compiled from the library root
# with its relative name, into CORPUS/out/<target>/<variant>/<library>/<path>.mpy:
#   cp10/O0 cp10/O1 cp10/O2 cp10/O3   CircuitPython, -O0 .. -O3
#   cp10/s                            CircuitPython, -s lib/<path>
#   mp128/O0                          MicroPython, -O0
# Files a compiler rejects are listed in CORPUS/rejected.txt with the error;
# CORPUS/MANIFEST.txt has the counts per library and variant.

set -euo pipefail

jobs=$(nproc 2>/dev/null || echo 2)
while getopts "j:h" opt; do
    case $opt in
        j) jobs=$OPTARG ;;
        h) sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
CORPUS=${1:-/work/corpus}
[[ -d $CORPUS/src ]] || { echo "build-corpus.sh: no $CORPUS/src" >&2; exit 1; }
CORPUS=$(cd "$CORPUS" && pwd)

abs_tool() {
    local t=$1
    if [[ $t == */* ]]; then
        [[ -x $t ]] || { echo "build-corpus.sh: not executable: $t" >&2; exit 1; }
        echo "$(cd "$(dirname "$t")" && pwd)/$(basename "$t")"
    else
        command -v "$t" || { echo "build-corpus.sh: not found: $t" >&2; exit 1; }
    fi
}
MPY_CROSS_CP=$(abs_tool "${MPY_CROSS_CP:?set MPY_CROSS_CP to the CircuitPython mpy-cross}")
MPY_CROSS_MP=$(abs_tool "${MPY_CROSS_MP:?set MPY_CROSS_MP to the MicroPython mpy-cross}")
export MPY_CROSS_CP MPY_CROSS_MP CORPUS

VARIANTS=(cp10/O0 cp10/O1 cp10/O2 cp10/O3 cp10/s mp128/O0)

rm -rf "$CORPUS/out"
mkdir -p "$CORPUS/out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WORK=$work

# compile_one LIBRARY RELPATH: all variants of one file; failures go to
# $WORK/rejected.<pid>, one line each.
compile_one() {
    local lib=$1 rel=$2 v target variant bin out err
    local -a flags
    for v in cp10/O0 cp10/O1 cp10/O2 cp10/O3 cp10/s mp128/O0; do
        target=${v%/*}
        variant=${v#*/}
        [[ $target == cp10 ]] && bin=$MPY_CROSS_CP || bin=$MPY_CROSS_MP
        case $variant in
            s) flags=(-s "lib/$rel") ;;
            *) flags=("-${variant}") ;;
        esac
        out=$CORPUS/out/$v/$lib/${rel%.py}.mpy
        mkdir -p "$(dirname "$out")"
        if ! err=$(cd "$CORPUS/src/$lib" && "$bin" "${flags[@]}" -o "$out" "$rel" 2>&1 >/dev/null); then
            rm -f "$out"
            # Keep the location line (if any) and the message: "line N: Error: text".
            err=$(printf '%s\n' "$err" | tr -d '\r' | sed -n 's/^  File "[^"]*", \(line [0-9]*\).*/\1: /p; $p' | tr -d '\n')
            printf '%s\t%s/%s\t%s\n' "$v" "$lib" "$rel" "$err" >> "$WORK/rejected.$$"
        fi
    done
}
export -f compile_one

(
    cd "$CORPUS/src"
    for lib in */; do
        lib=${lib%/}
        (cd "$lib" && find . -name '*.py' -type f | sed 's|^\./||' | LC_ALL=C sort) |
            while IFS= read -r rel; do printf '%s\0%s\0' "$lib" "$rel"; done
    done
) | xargs -0 -n 2 -P "$jobs" bash -c 'compile_one "$1" "$2"' _

cat "$work"/rejected.* 2>/dev/null | LC_ALL=C sort > "$CORPUS/rejected.txt" || true

{
    echo "# Corpus compiled with:"
    echo "#   cp10:  $("$MPY_CROSS_CP" --version)"
    echo "#   mp128: $("$MPY_CROSS_MP" --version)"
    echo "# columns: library, .py files, then .mpy files per variant"
    printf '%-48s %6s' library py
    for v in "${VARIANTS[@]}"; do printf ' %9s' "$v"; done
    printf '\n'
    total_py=0
    declare -A total
    for d in "$CORPUS"/src/*/; do
        lib=$(basename "$d")
        n=$(find "$d" -name '*.py' -type f | wc -l)
        total_py=$((total_py + n))
        printf '%-48s %6d' "$lib" "$n"
        for v in "${VARIANTS[@]}"; do
            m=0
            [[ -d $CORPUS/out/$v/$lib ]] && m=$(find "$CORPUS/out/$v/$lib" -name '*.mpy' -type f | wc -l)
            total[$v]=$(( ${total[$v]:-0} + m ))
            printf ' %9d' "$m"
        done
        printf '\n'
    done
    printf '%-48s %6d' TOTAL "$total_py"
    for v in "${VARIANTS[@]}"; do printf ' %9d' "${total[$v]}"; done
    printf '\n'
    echo "# libraries: $(find "$CORPUS/src" -mindepth 1 -maxdepth 1 -type d | wc -l)"
    echo "# rejected (file x variant): $(wc -l < "$CORPUS/rejected.txt")"
} > "$CORPUS/MANIFEST.txt"

cat "$CORPUS/MANIFEST.txt"
