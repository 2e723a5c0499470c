#!/bin/sh
# Gradient Atlas against the seed notebooks, side by side in one run on this machine:
#   tools/bench/compare.sh [RUNS]            (default 5; run from anywhere inside the repository)
# 1. `bench`: warm per-recipe medians, then `render --all` RUNS times in a fresh JVM (median wall time, peak RSS),
#    with the JVM options in CHILD_OPTS (default: C1 only, the serial collector, and an application class-data
#    archive made by one training run with the same options; CHILD_OPTS="" measures the JVM's defaults).
#    The jar is rebuilt first (mvn package without tests and figures); NO_BUILD=1 skips that.
# 2. tools/bench/seed_notebooks.py: the five notebooks as scripts, RUNS rounds, with Debian's /usr/bin/python3.
# 3. The ratios: Python total / Java cold render --all, SVG bytes of the figures both make, peak memory.
set -eu
RUNS=${1:-5}
cd "$(git rev-parse --show-toplevel)"
OUT=target/bench
mkdir -p "$OUT"
[ "${NO_BUILD:-0}" = 1 ] || mvn -B -ntp -q -DskipTests -Drender.skip=true package
if [ -z "${CHILD_OPTS+set}" ]; then
  TUNING="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  rm -rf "$OUT/cds-training" "$OUT/app.jsa"
  # shellcheck disable=SC2086
  java $TUNING -XX:ArchiveClassesAtExit="$OUT/app.jsa" -cp target/gradient-atlas.jar \
    org.gradientatlas.cli.GradientAtlasCommand render --all --out "$OUT/cds-training" > /dev/null 2>&1
  CHILD_OPTS="$TUNING -XX:SharedArchiveFile=$OUT/app.jsa"
fi
set --
for option in $CHILD_OPTS; do set -- "$@" --child-jvm-option="$option"; done
echo "== Gradient Atlas (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), child JVM options: ${CHILD_OPTS:-none})"
java -jar target/gradient-atlas.jar bench --runs "$RUNS" --cold-runs "$RUNS" --json "$OUT/java.json" "$@"
echo "== seed notebooks (/usr/bin/python3)"
/usr/bin/python3 tools/bench/seed_notebooks.py --runs "$RUNS" --out "$OUT/matplotlib" --json "$OUT/python.json"
echo "== ratios"
/usr/bin/python3 - "$OUT/java.json" "$OUT/python.json" <<'PY'
import json, sys
java, python = (json.load(open(f)) for f in sys.argv[1:3])
cold_s = java["coldRenderAllMedianMillis"] / 1000
print(f"time: Python {python['totalMedianSeconds']:.2f} s / Java cold render --all {cold_s:.2f} s"
      f" = {python['totalMedianSeconds'] / cold_s:.1f}x (target >= 20x)")
ours = {r["id"]: r["svgBytes"] for r in java["recipes"]}
covered = [n for n, ids in python["figures"].items() if set(ids) <= set(ours)]
if len(covered) < len(python["figures"]):
    same = sum(python["medianSeconds"][n] for n in covered)
    print(f"      the notebooks whose figures Java makes too ({', '.join(covered)}): {same:.2f} s"
          f" = {same / cold_s:.1f}x")
common = sorted(set(ours) & set(python["svgBytes"]))
a, b = sum(ours[i] for i in common), sum(python["svgBytes"][i] for i in common)
print(f"SVG bytes, the {len(common)} figures both make: {a:,} / {b:,} = {100 * a / b:.1f}% (target <= 40%)")
print(f"peak memory: Java {java['peakKib'] / 1024:.0f} MiB (target < 512);"
      f" Python up to {max(v for k, v in python['peakKib'].items() if k != 'imports') / 1024:.0f} MiB per notebook")
print(f"rebuild over existing output: {java['rerunRenderAll']['wallMillis'] / 1000:.2f} s")
PY
