#!/usr/bin/env bash
# Nanoseconds per note, per kind of note, for the classifier of a baseline commit and of the work tree, measured
# on the same machine in one run, the two alternating (A B A B) so that a drift of the machine's speed hits both.
#
#   bench/classify.sh [BASELINE_COMMIT] [ROUNDS]
#
# BASELINE_COMMIT defaults to HEAD (the work tree against its last commit); ROUNDS (default 2) is how many times
# each side is run. The benchmark class is bench's own (src/bench/java), copied into the baseline's checkout, so
# both sides run the same measuring code. Results: bench/results/classify-*.csv (JMH's CSV) and a table on stdout
# of the median score per kind for each side and the ratio work tree / baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
baseline=${1:-HEAD}
rounds=${2:-2}
out="$root/bench/results"
mkdir -p "$out"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

build() { # $1: checkout; prints the class path to run JMH with
  (cd "$1" && mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2)
  echo "$1/target/classes:$1/target/test-classes:$(cat "$1/target/bench.classpath")"
}

git worktree add --detach "$work/baseline" "$baseline" >/dev/null
mkdir -p "$work/baseline/src/bench"
cp -r src/bench/java "$work/baseline/src/bench/"
# A baseline from before the benchmark existed has no bench profile: it is built with this pom.xml, that is, with
# the work tree's dependencies; a baseline that has the profile keeps its own pom.xml.
if ! grep -q '<id>bench</id>' "$work/baseline/pom.xml"; then
  cp pom.xml "$work/baseline/pom.xml"
fi
cp_baseline=$(build "$work/baseline")
cp_work=$(build "$root")

java -version 2>&1 | sed -n 1p
for round in $(seq 1 "$rounds"); do
  for side in baseline work; do
    cp_var="cp_$side"
    echo "round $round: $side" >&2
    java -cp "${!cp_var}" org.openjdk.jmh.Main ClassifierBenchmark -rf csv -rff "$out/classify-$side-$round.csv" \
        >"$out/classify-$side-$round.log"
  done
done

python3 - "$out" "$rounds" <<'EOF'
import csv, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
scores = {}
for side in ("baseline", "work"):
    for r in range(1, rounds + 1):
        with open(f"{out}/classify-{side}-{r}.csv", newline="") as f:
            for row in csv.DictReader(f):
                scores.setdefault((side, row["Param: kind"]), []).append(float(row["Score"]))
kinds = sorted({k for _, k in scores})
print(f"{'kind':<16}{'baseline ns/note':>18}{'work ns/note':>14}{'work/baseline':>15}")
for kind in kinds:
    b = statistics.median(scores[("baseline", kind)])
    w = statistics.median(scores[("work", kind)])
    print(f"{kind:<16}{b:>18.0f}{w:>14.0f}{w / b:>15.2f}")
EOF
