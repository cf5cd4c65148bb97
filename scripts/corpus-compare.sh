#!/usr/bin/env bash
# Compiles a corpus of real CircuitPython libraries with cpy-cross and
# compares every .mpy with the reference's (as scripts/golden/build-corpus.sh
# made them). Not part of `make test`.
#
# usage: scripts/corpus-compare.sh [-j JOBS] [-b BIN_DIR] [-v VARIANT]... [-k] [CORPUS]
#   CORPUS   default /work/corpus: CORPUS/src/<library>/**.py and
#            CORPUS/out/<target>/<variant>/<library>/**.mpy
#   -j JOBS  cpy-cross -j (default 2)
#   -b DIR   where cpy-cross is (default build/bin)
#   -v V     only these variants: cp10/O0 cp10/O1 cp10/O2 cp10/O3 cp10/s mp128/O0
#   -k       keep the outputs (their folder is printed)
#
# Each library is compiled with `cpy-cross -r CORPUS/src/<library> -d ...`,
# so every file is named by its path relative to the library root, as the
# reference was run; the s variant uses `-s lib` (so `lib/<path>`).
# Per variant it prints: identical, different, missing (the reference wrote
# a file, cpy-cross failed), extra (cpy-cross wrote a file the reference
# rejected), both-rejected; then the first differences. Exit 1 if anything
# is not identical or agreed.

set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=2
bin=$root/build/bin
keep=0
variants=()
while getopts "j:b:v:kh" opt; do
  case $opt in
    j) jobs=$OPTARG ;;
    b) bin=$OPTARG ;;
    v) variants+=("$OPTARG") ;;
    k) keep=1 ;;
    h) sed -n '2,21p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
corpus=${1:-/work/corpus}
cross=$bin/cpy-cross
[[ -x $cross ]] || { echo "corpus-compare.sh: no $cross (build first)" >&2; exit 2; }
[[ -d $corpus/src && -d $corpus/out ]] || { echo "corpus-compare.sh: $corpus has no src/ and out/" >&2; exit 2; }
[[ ${#variants[@]} -gt 0 ]] || variants=(cp10/O0 cp10/O1 cp10/O2 cp10/O3 cp10/s mp128/O0)

work=$(mktemp -d)
if [[ $keep == 1 ]]; then echo "outputs kept in $work"; else trap 'rm -rf "$work"' EXIT; fi
show=${CORPUS_SHOW:-10}
status=0

for v in "${variants[@]}"; do
  target=${v%/*}
  variant=${v#*/}
  flags=()
  [[ $target == mp128 ]] && flags+=(--target=micropython)
  case $variant in
    s) flags+=(-s lib) ;;
    O*) flags+=("-$variant") ;;
    *) echo "corpus-compare.sh: unknown variant $v" >&2; exit 2 ;;
  esac
  ref=$corpus/out/$v
  ours=$work/$v
  mkdir -p "$ours"
  start=$(date +%s.%N)
  for lib_dir in "$corpus"/src/*/; do
    lib=$(basename "$lib_dir")
    # Failures are counted below from the files; the messages are kept.
    "$cross" "${flags[@]}" -j "$jobs" -r "$lib_dir" -d "$ours/$lib" >/dev/null 2>>"$work/${v//\//_}.log" || true
  done
  seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
  # One pass in Python: a cmp per file costs more than the compiles.
  if ! python3 - "$corpus/src" "$ref" "$ours" "$v" "$seconds" "$show" <<'PY'
import os, sys
src, ref, ours, variant, seconds, show = sys.argv[1:7]
counts = dict(identical=0, different=0, missing=0, extra=0, both=0)
notes = []
for dirpath, _, names in os.walk(src):
    for name in names:
        if not name.endswith(".py"):
            continue
        rel = os.path.relpath(os.path.join(dirpath, name), src)[:-3] + ".mpy"
        r, o = os.path.join(ref, rel), os.path.join(ours, rel)
        have_r, have_o = os.path.isfile(r), os.path.isfile(o)
        if have_r and have_o:
            a, b = open(r, "rb").read(), open(o, "rb").read()
            if a == b:
                counts["identical"] += 1
            else:
                at = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
                counts["different"] += 1
                notes.append(f"different: {rel} (first at byte {at}; {len(a)} vs {len(b)} bytes)")
        elif have_r:
            counts["missing"] += 1
            notes.append(f"missing:   {rel} (cpy-cross failed)")
        elif have_o:
            counts["extra"] += 1
            notes.append(f"extra:     {rel} (the reference rejected it)")
        else:
            counts["both"] += 1
print(f"{variant:<9} identical {counts['identical']:5}  different {counts['different']:4}  missing {counts['missing']:4}"
      f"  extra {counts['extra']:4}  both-rejected {counts['both']:3}  ({float(seconds):.1f} s)")
notes.sort()
for n in notes[: int(show)]:
    print("  " + n)
if len(notes) > int(show):
    print(f"  ... and {len(notes) - int(show)} more (CORPUS_SHOW=N)")
sys.exit(1 if notes else 0)
PY
  then
    status=1
  fi
done
exit $status
