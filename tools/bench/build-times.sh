#!/usr/bin/env bash
# The everyday build loop, timed in one run on this machine (warm local Maven repository, offline), beside the
# seed notebooks:
#   tools/bench/build-times.sh [NOTEBOOK_RUNS]     (default 1; run from anywhere inside the repository)
# In a scratch clone of this repository (with the working tree's uncommitted changes applied; the real tree is never
# built or edited) it times, one after another:
#   1. mvn -o -B package on a fresh clone (no target/): compile, fast tests, jar, every figure and the site
#   2. mvn -o -B package again, nothing changed
#   3. mvn -o -B package after a one-line edit of one recipe's source (a comment line, which moves the line numbers
#      in its class file: a new jar, so every figure and the site are rebuilt, as after a real edit; the fast tests
#      that can reach the changed class run again)
#   4. mvn -o -B package after a one-line edit of one test class (only that test class runs again)
#   5. mvn -o -B verify -Dtests.rerun: every test (the fast ones again, though up to date since 4, and the
#      end-to-end suites), as on a CI machine whose figures are up to date
# then tools/bench/seed_notebooks.py (the five notebooks as scripts, NOTEBOOK_RUNS rounds, median).
# Prints wall and CPU (user + system, with child processes) seconds and the 1-minute load average just before each
# step (other work on the machine makes the numbers longer: compare only runs made when it was low); KEEP=1 keeps
# the scratch clone.
set -euo pipefail
NOTEBOOK_RUNS=${1:-1}
repo=$(git rev-parse --show-toplevel)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/build-times.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$scratch"' EXIT
git clone -q --local --no-checkout "$repo" "$scratch/repo"
git -C "$scratch/repo" checkout -q "$(git -C "$repo" rev-parse HEAD)"
git -C "$repo" diff HEAD --binary >"$scratch/uncommitted.patch"
[ ! -s "$scratch/uncommitted.patch" ] || git -C "$scratch/repo" apply "$scratch/uncommitted.patch"
cd "$scratch/repo"
# The recipe of gd-1d-quadratic and a unit test of the optimizers, wherever their packages put them.
recipe=$(find src/main/java -name GdQuadraticRecipe.java | head -1)
test_class=$(find src/test/java -name GaussianFitTest.java | head -1)
[ -n "$recipe" ] && [ -n "$test_class" ] || { echo "build-times: GdQuadraticRecipe.java or GaussianFitTest.java is gone" >&2; exit 1; }

rows=()
# timed LABEL COMMAND...: runs COMMAND (output in $scratch/LABEL.log), records wall and CPU seconds.
timed() {
  local label=$1; shift
  local log="$scratch/${label// /-}.log" t load
  load=$(cut -d' ' -f1 /proc/loadavg)
  t=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$log" 2>&1; } 2>&1 ) \
    || { echo "build-times: '$*' failed; its log:" >&2; tail -40 "$log" >&2; exit 1; }
  read -r wall user sys <<<"$t"
  rows+=("$(printf '%-44s %8.1f %8.1f %6s' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "$load")")
  echo "  $label: ${wall} s (load average before: $load)" >&2
}

echo "== timing in $scratch/repo (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
timed "mvn -o -B package, fresh clone" mvn -o -B package
timed "mvn -o -B package, nothing changed" mvn -o -B package
sed -i '1a // build-times.sh: a one-line edit' "$recipe"
timed "mvn -o -B package, one-line edit of a recipe" mvn -o -B package
sed -i '1a // build-times.sh: a one-line edit' "$test_class"
timed "mvn -o -B package, one-line edit of a test" mvn -o -B package
timed "mvn -o -B verify -Dtests.rerun (every test)" mvn -o -B verify -Dtests.rerun
git diff --quiet -- figures/ || { echo "build-times: the build changed figures/" >&2; exit 1; }

echo "== seed notebooks ($NOTEBOOK_RUNS round(s))" >&2
if /usr/bin/python3 "$repo/tools/bench/seed_notebooks.py" --runs "$NOTEBOOK_RUNS" --out "$scratch/matplotlib" \
    --json "$scratch/notebooks.json" >"$scratch/notebooks.log" 2>&1; then
  notebooks=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["totalMedianSeconds"])' \
    "$scratch/notebooks.json")
  rows+=("$(printf '%-44s %8.1f %8s %6s' "seed notebooks, all 19 figures (median)" "$notebooks" "" "")")
else
  # They need Debian's python3-numpy, -scipy, -matplotlib, -noise, -sklearn and -torch.
  echo "build-times: seed_notebooks.py failed:" >&2; tail -3 "$scratch/notebooks.log" >&2
  rows+=("$(printf '%-44s %8s %8s' "seed notebooks: failed, see above" "-" "-")")
fi

echo
echo "Build times, $(nproc) cores, load average before: see above, after: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
printf '%-44s %8s %8s %6s\n' "step" "wall s" "CPU s" "load"
printf '%s\n' "${rows[@]}"
