#!/usr/bin/env bash
# cpy-cross against the reference mpy-cross, side by side in one run, on a
# library tree (/work/corpus/src if present, else tests/golden/py):
#   (a) wall time: `cpy-cross -r TREE -d OUT -j2` against the reference run
#       once per file (as bundle builders do), also against two reference
#       processes at a time; the ratios; and whether the outputs are identical
#   (b) instructions (callgrind) to compile the largest file, both tools
#   (c) peak RSS (/usr/bin/time): the largest file, and the whole tree
# Usage: bench/cross/bench.sh [TREE]
#   MPY_CROSS_CP  the reference (default /work/ref/cp10/mpy-cross/build/mpy-cross);
#                 without it only cpy-cross's own numbers are printed
#   CPY_BIN       where cpy-cross is (default build/bin)
#   RUNS          timed runs of each tree compile, best taken (default 3)
# Use an idle machine: on a busy one every number swells.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(cd "${CPY_BIN:-$root/build/bin}" && pwd)
cross=$bin/cpy-cross
ref=${MPY_CROSS_CP:-/work/ref/cp10/mpy-cross/build/mpy-cross}
runs=${RUNS:-3}
tree=${1:-}
if [[ -z $tree ]]; then
  if [[ -d /work/corpus/src ]]; then tree=/work/corpus/src; else tree=$root/tests/golden/py; fi
fi
tree=$(cd "$tree" && pwd)
[[ -x $cross ]] || { echo "bench/cross: no $cross (build first)"; exit 1; }
have_ref=1
if [[ ! -x $ref ]]; then
  have_ref=0
  echo "bench/cross: reference mpy-cross not found at $ref (set MPY_CROSS_CP); comparisons skipped"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$tree" && find . -name '*.py' -type f | sed 's|^\./||' | LC_ALL=C sort) >"$work/files"
count=$(wc -l <"$work/files")
bytes=$(cd "$tree" && tr '\n' '\0' <"$work/files" | xargs -0 cat | wc -c)
largest=$(cd "$tree" && tr '\n' '\0' <"$work/files" | xargs -0 stat -c '%s %n' | sort -n | tail -n 1 | cut -d' ' -f2-)
echo "tree: $tree ($count files, $bytes bytes); largest file: $largest ($(stat -c %s "$tree/$largest") bytes)"

# measure.py MODE ...: runs commands, prints "<wall seconds> 0".
#   tree DIR OUT CMD...    one command, OUT removed first
#   perfile P DIR OUT REF  REF -o OUT/<rel>.mpy <rel> for every file, P at a time
# Every run writes into a fresh output tree, as a clean CI build does.
cat >"$work/measure.py" <<'PY'
import os, shutil, subprocess, sys, time
mode = sys.argv[1]
if mode == "tree":
    cwd, fresh, cmd = sys.argv[2], sys.argv[3], sys.argv[4:]
    shutil.rmtree(fresh, ignore_errors=True)
    os.sync()  # the removal's writes must not land inside the timed run
    t = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
else:
    parallel, cwd, out, ref = int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    files = open(sys.argv[6]).read().split("\n")
    files = [f for f in files if f]
    shutil.rmtree(out, ignore_errors=True)
    for f in files:
        os.makedirs(os.path.dirname(os.path.join(out, f)), exist_ok=True)
    os.sync()
    t = time.perf_counter()
    running = []
    for f in files:
        if len(running) >= parallel:
            running.pop(0).wait()
        running.append(subprocess.Popen([ref, "-o", os.path.join(out, f[:-3] + ".mpy"), f], cwd=cwd,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for p in running:
        p.wait()
    wall = time.perf_counter() - t
# Peak RSS is measured in (c) with /usr/bin/time: children forked from
# Python start out with Python's own memory.
print(f"{wall:.4f} 0")
PY
measure() { python3 "$work/measure.py" "$@"; }
# best_of N CMD...: the fastest of N runs ("wall rss").
best_of() {
  local n=$1 best="" line
  shift
  for ((i = 0; i < n; i++)); do
    line=$("$@")
    if [[ -z $best ]] || awk -v a="${line% *}" -v b="${best% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
  done
  echo "$best"
}

echo
echo "(a) wall time, whole tree (best of $runs)"
read -r ours_j2 _ <<<"$(best_of "$runs" measure tree "$tree" "$work/ours" "$cross" -r "$tree" -d "$work/ours" -j2)"
read -r ours_j1 _ <<<"$(best_of "$runs" measure tree "$tree" "$work/ours1" "$cross" -r "$tree" -d "$work/ours1" -j1)"
printf '  cpy-cross -r -j2          %8.3f s\n' "$ours_j2"
printf '  cpy-cross -r -j1          %8.3f s\n' "$ours_j1"
if [[ $have_ref == 1 ]]; then
  read -r ref_seq _ <<<"$(best_of "$runs" measure perfile 1 "$tree" "$work/ref" "$ref" "$work/files")"
  read -r ref_p2 _ <<<"$(best_of "$runs" measure perfile 2 "$tree" "$work/ref2" "$ref" "$work/files")"
  printf '  mpy-cross once per file   %8.3f s\n' "$ref_seq"
  printf '  mpy-cross, 2 at a time    %8.3f s\n' "$ref_p2"
  awk -v a="$ref_seq" -v b="$ours_j2" -v c="$ref_p2" 'BEGIN {
    printf "  ratio: cpy-cross -j2 is %.1fx faster than mpy-cross per file, %.1fx faster than two at a time\n", a / b, c / b }'
  # The reference rejects some files; compare what both wrote.
  if diff -r "$work/ours" "$work/ref" >"$work/diff" 2>&1; then
    echo "  outputs: identical ($(find "$work/ref" -name '*.mpy' | wc -l) files)"
  else
    echo "  outputs: $(grep -c '^Files' "$work/diff" || true) differ, $(grep -c '^Only in' "$work/diff" || true) only on one side"
  fi
fi

# The same with both tools writing to memory (tmpfs): the compile work
# without the disk, whose file-creation cost swings widely on virtual disks.
if [[ $have_ref == 1 && -d /dev/shm && -w /dev/shm ]]; then
  shm=$(mktemp -d /dev/shm/cpy-bench.XXXXXX)
  trap 'rm -rf "$work" "$shm"' EXIT
  read -r shm_ours _ <<<"$(best_of "$runs" measure tree "$tree" "$shm/ours" "$cross" -r "$tree" -d "$shm/ours" -j2)"
  read -r shm_ref _ <<<"$(best_of "$runs" measure perfile 1 "$tree" "$shm/ref" "$ref" "$work/files")"
  printf '  outputs on tmpfs: cpy-cross -r -j2 %.3f s, mpy-cross once per file %.3f s: %.1fx\n' \
    "$shm_ours" "$shm_ref" "$(awk -v a="$shm_ref" -v b="$shm_ours" 'BEGIN { print a / b }')"
fi

echo
echo "(b) instructions to compile $largest (callgrind)"
if command -v valgrind >/dev/null; then
  instructions() {
    (cd "$tree" && valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" 2>&1 >/dev/null) |
      sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | tail -n 1
  }
  ours_ir=$(instructions "$cross" -o "$work/big.mpy" "$largest")
  printf '  cpy-cross  %14d\n' "$ours_ir"
  if [[ $have_ref == 1 ]]; then
    ref_ir=$(instructions "$ref" -o "$work/big_ref.mpy" "$largest")
    printf '  mpy-cross  %14d\n' "$ref_ir"
    awk -v a="$ref_ir" -v b="$ours_ir" 'BEGIN { printf "  ratio: mpy-cross / cpy-cross = %.2f\n", a / b }'
  fi
else
  echo "  skipped: valgrind is not installed"
fi

echo
echo "(c) peak RSS"
if [[ -x /usr/bin/time ]]; then
  # rss CMD...: the peak RSS of CMD in KiB, run from the tree's root.
  rss() { (cd "$tree" && /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1) || true; tail -n 1 "$work/rss"; }
  line() { printf '  %-44s %8s KiB\n' "$1" "$2"; }
  line "cpy-cross, largest file" "$(rss "$cross" -o "$work/big.mpy" "$largest")"
  [[ $have_ref == 1 ]] && line "mpy-cross, largest file" "$(rss "$ref" -o "$work/big_ref.mpy" "$largest")"
  line "cpy-cross -r -j2, whole tree (one process)" "$(rss "$cross" -r "$tree" -d "$work/rss_tree" -j2)"
  line "cpy-cross -r -j1, whole tree (one process)" "$(rss "$cross" -r "$tree" -d "$work/rss_tree1" -j1)"
  if [[ $have_ref == 1 ]]; then
    # The reference's largest process: over the 20 largest files.
    max=0
    while IFS= read -r f; do
      r=$(rss "$ref" -o "$work/one.mpy" "$f")
      ((r > max)) && max=$r
    done < <(cd "$tree" && tr '\n' '\0' <"$work/files" | xargs -0 stat -c '%s %n' | sort -n | tail -n 20 | cut -d' ' -f2-)
    line "mpy-cross, largest process (20 largest files)" "$max"
  fi
  line "baseline: cpy-cross --version" "$(rss "$cross" --version)"
else
  echo "  skipped: /usr/bin/time is not installed (Debian package time)"
fi
