#!/usr/bin/env bash
# Runs real CircuitPython libraries on cpy-run: compiles each library the
# drivers in tests/libs/ need into a lib/ folder of .mpy files (as a user
# copies a bundle to CIRCUITPY/lib), runs every driver with cpy-run and
# compares its output with the driver's .exp. Done twice: with cpy-cross
# and with the reference mpy-cross, whose runs must be identical. Not part
# of `make test` (CI has no library sources).
#
# usage: scripts/run-libs.sh [-b BIN_DIR] [-r MPY_CROSS] [-k] [-g] [SRC_ROOT] [FILTER]
#   SRC_ROOT   library sources, one folder per repository (default
#              /work/corpus/src); absent: the run is skipped (exit 0)
#   FILTER     only drivers whose name contains it
#   -b DIR     where cpy-cross and cpy-run are (default build/bin)
#   -r PATH    the reference mpy-cross (default $MPY_CROSS_CP, else
#              /work/ref/cp10/mpy-cross/build/mpy-cross); "none" skips it
#   -k         keep the work folder (its path is printed)
#   -g         regenerate the .exp files that come from CPython (needs
#              python3 3.11), then run as usual
#
# A driver tests/libs/NAME.py starts with comment lines that say what it
# needs:
#   # libs: asyncio Ticks          repositories compiled into lib/ (a name is
#                                  SRC_ROOT/<name> or SRC_ROOT/Adafruit_CircuitPython_<name>)
#   # extra: Bitmap_Font/test/fontio.py ...
#                                  more files (examples, a library's own test
#                                  helpers), compiled beside the driver
#   # cwd: Bitmap_Font/examples    folder to run in (default: a scratch folder)
#   # expected: cpython | cpython-stdlib | hand
#                                  where NAME.exp comes from: CPython 3.11
#                                  running the driver against the same library
#                                  sources (cpython), against CPython's own
#                                  module of that name (cpython-stdlib: asyncio),
#                                  or checked by hand (hand: CircuitPython-only
#                                  behaviour, -g leaves it alone)
#   # filter: SED-EXPRESSION       applied to the output (and to CPython's when
#                                  regenerating) before comparing: for clocks
# The driver runs as `import NAME` with sys.path = [its folder, support/,
# lib/, cwd]; tests/libs/support/ holds our helpers for running libraries'
# own tests (libtest, a small unittest and unittest.mock, os.path where the
# os module has none);
# under CPython, tests/libs/cpython/ (stand-ins for CircuitPython-only
# modules such as micropython) and the library sources replace lib/.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
here=$root/tests/libs
bin=$root/build/bin
ref=${MPY_CROSS_CP:-/work/ref/cp10/mpy-cross/build/mpy-cross}
keep=0
regen=0
while getopts "b:r:kgh" opt; do
  case $opt in
    b) bin=$OPTARG ;;
    r) ref=$OPTARG ;;
    k) keep=1 ;;
    g) regen=1 ;;
    h) sed -n '2,43p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
src=${1:-/work/corpus/src}
filter=${2:-}

if [[ ! -d $src ]]; then
  echo "run-libs: no library sources at $src: skipped"
  exit 0
fi
bin=$(cd "$bin" 2>/dev/null && pwd) || { echo "run-libs: no folder $bin" >&2; exit 2; }
run=$bin/cpy-run
[[ -x $run && -x $bin/cpy-cross ]] || { echo "run-libs: build cpy-run and cpy-cross first ($bin)" >&2; exit 2; }
compilers=("cpy-cross=$bin/cpy-cross")
if [[ $ref != none ]]; then
  if [[ -x $ref ]]; then
    compilers+=("mpy-cross=$ref")
  else
    echo "run-libs: no reference mpy-cross at $ref: running with cpy-cross only"
  fi
fi

work=$(mktemp -d)
if [[ $keep == 1 ]]; then echo "run-libs: work folder $work"; else trap 'rm -rf "$work"' EXIT; fi

header() {  # header FILE KEY -> the value of the first "# KEY: value" line
  sed -n "s/^# $2: //p" "$1" | head -1
}
repo_dir() {  # repo_dir NAME -> the library repository folder
  if [[ -d $src/$1 ]]; then echo "$src/$1"; else echo "$src/Adafruit_CircuitPython_$1"; fi
}
src_path() {  # src_path REL -> SRC_ROOT/REL, its first part also taken as a short repository name
  if [[ -e $src/$1 ]]; then echo "$src/$1"; else echo "$src/Adafruit_CircuitPython_$1"; fi
}
lib_files() {  # lib_files REPO -> the library's .py files, relative to REPO (as a bundle holds them)
  (cd "$1" && for f in *.py; do
    [[ -e $f && $f != setup.py && $f != conf.py ]] && echo "$f"
  done
  for d in */; do
    d=${d%/}
    case $d in docs | examples | tests | test | LICENSES) continue ;; esac
    [[ -e $d/__init__.py ]] && find "$d" -name '*.py' | sort
  done)
}

drivers=()
for f in "$here"/*.py; do
  name=$(basename "$f" .py)
  [[ -z $filter || $name == *$filter* ]] || continue
  drivers+=("$name")
done
[[ ${#drivers[@]} -gt 0 ]] || { echo "run-libs: no drivers match '$filter'" >&2; exit 2; }

# Every library the selected drivers need, checked before anything runs.
needed=()
missing=()
for name in "${drivers[@]}"; do
  for l in $(header "$here/$name.py" libs); do
    d=$(repo_dir "$l")
    if [[ ! -d $d ]]; then
      missing+=("$l (for $name)")
    elif [[ " ${needed[*]} " != *" $l "* ]]; then
      needed+=("$l")
    fi
  done
done
if [[ ${#missing[@]} -gt 0 ]]; then
  printf 'run-libs: library not found under %s: %s\n' "$src" "${missing[@]}" >&2
  exit 2
fi

# -g: CPython writes the expected output of the drivers that say so.
if [[ $regen == 1 ]]; then
  py=${PYTHON:-python3}
  for name in "${drivers[@]}"; do
    f=$here/$name.py
    kind=$(header "$f" expected)
    [[ $kind == cpython || $kind == cpython-stdlib ]] || continue
    paths="'$here', '$here/support'"
    for x in $(header "$f" extra); do paths+=", '$(dirname "$(src_path "$x")")'"; done
    if [[ $kind == cpython ]]; then
      for l in $(header "$f" libs); do paths+=", '$(repo_dir "$l")'"; done
      paths+=", '$here/cpython'"
    fi
    cwd=$(header "$f" cwd)
    [[ -n $cwd ]] && cwd=$(src_path "$cwd") || cwd=$work/cpython-$name
    mkdir -p "$cwd"
    sedx=$(header "$f" filter)
    (cd "$cwd" && PYTHONDONTWRITEBYTECODE=1 "$py" -u -c "import sys; sys.path[0:0] = [$paths]; import $name" 2>&1) |
      sed -E "${sedx:-}" > "$here/$name.exp"
    echo "run-libs: wrote tests/libs/$name.exp with $("$py" --version 2>&1)"
  done
fi

declare -A outputs
total_fail=0
summary=()
for c in "${compilers[@]}"; do
  cname=${c%%=*}
  cross=${c#*=}
  tree=$work/$cname
  mkdir -p "$tree/lib" "$tree/run"
  # The libraries, each file compiled from its repository root as
  # `mpy-cross asyncio/core.py`, so the name inside is its bundle path.
  nfiles=0
  bad=0
  for l in "${needed[@]}"; do
    d=$(repo_dir "$l")
    while read -r rel; do
      mkdir -p "$tree/lib/$(dirname "$rel")"
      if (cd "$d" && "$cross" -o "$tree/lib/${rel%.py}.mpy" "$rel") > "$work/cc.log" 2>&1; then
        nfiles=$((nfiles + 1))
      else
        echo "run-libs: $cname cannot compile $(basename "$d")/$rel:"
        sed 's/^/    /' "$work/cc.log"
        bad=$((bad + 1))
      fi
    done < <(lib_files "$d")
  done
  # Our test helpers (tests/libs/support/), compiled the same way.
  while read -r rel; do
    mkdir -p "$tree/support/$(dirname "$rel")"
    (cd "$here/support" && "$cross" -o "$tree/support/${rel%.py}.mpy" "$rel") || bad=$((bad + 1))
  done < <(cd "$here/support" && find . -name '*.py' | sed 's|^\./||' | sort)
  echo "run-libs: $cname compiled $nfiles library files from ${#needed[@]} libraries ($bad failed)"
  pass=0
  fail=0
  for name in "${drivers[@]}"; do
    f=$here/$name.py
    rundir=$tree/run/$name
    mkdir -p "$rundir"
    ok=1
    for x in $(header "$f" extra); do
      x=$(src_path "$x")
      (cd "$(dirname "$x")" && "$cross" -o "$rundir/$(basename "${x%.py}").mpy" "$(basename "$x")") ||
        ok=0
    done
    (cd "$here" && "$cross" -o "$rundir/$name.mpy" "$name.py") || ok=0
    cwd=$(header "$f" cwd)
    [[ -n $cwd ]] && cwd=$(src_path "$cwd") || { cwd=$work/scratch-$cname-$name && mkdir -p "$cwd"; }
    sedx=$(header "$f" filter)
    out=$work/$cname-$name.out
    if [[ $ok == 1 ]]; then
      (cd "$cwd" && timeout 60 "$run" -c "import sys; sys.path.insert(0, '$tree/lib'); sys.path.insert(0, '$tree/support'); sys.path.insert(0, '$rundir'); import $name" 2>&1) |
        sed -E "${sedx:-}" > "$out"
    else
      echo "(compile failed)" > "$out"
    fi
    outputs[$cname-$name]=$out
    if [[ -f $here/$name.exp ]] && cmp -s "$here/$name.exp" "$out"; then
      pass=$((pass + 1))
      echo "PASS $cname $name"
    else
      fail=$((fail + 1))
      echo "FAIL $cname $name"
      if [[ -f $here/$name.exp ]]; then diff "$here/$name.exp" "$out" | head -20 | sed 's/^/    /'; else echo "    no $name.exp"; fi
    fi
  done
  summary+=("$cname: $pass passed, $fail failed")
  total_fail=$((total_fail + fail))
done

# The two compilers' .mpy files must run the same.
if [[ ${#compilers[@]} -gt 1 ]]; then
  same=0
  differ=()
  for name in "${drivers[@]}"; do
    if cmp -s "${outputs[cpy-cross-$name]}" "${outputs[mpy-cross-$name]}"; then
      same=$((same + 1))
    else
      differ+=("$name")
    fi
  done
  summary+=("identical output with both compilers: $same of ${#drivers[@]}${differ[*]:+ (differ: ${differ[*]})}")
  total_fail=$((total_fail + ${#differ[@]}))
  # And compile to the same bytes.
  nsame=0
  ndiff=0
  while read -r m; do
    if cmp -s "$work/cpy-cross/lib/$m" "$work/mpy-cross/lib/$m"; then nsame=$((nsame + 1)); else ndiff=$((ndiff + 1)); fi
  done < <(cd "$work/cpy-cross/lib" && find . -name '*.mpy' | sort)
  summary+=("byte-identical library .mpy files: $nsame of $((nsame + ndiff))")
fi
for s in "${summary[@]}"; do echo "run-libs: $s"; done
[[ $total_fail -eq 0 ]]
