#!/usr/bin/env bash
# Whole runs of the tool, a baseline commit's jar against the work tree's, in pairs (A B A B …), on two inputs:
# the 44-record sample, where start-up dominates, and 20,000 records made from the labelled notes, where the
# per-record path does. Prints the median wall time and peak memory of each side and the median of the per-pair
# ratios work tree / baseline.
#
#   bench/audit.sh [BASELINE_COMMIT] [ROUNDS]
#
# BASELINE_COMMIT defaults to HEAD, ROUNDS (pairs per input) to 10. Outputs are compared too: identical ones are
# said so; where a verdict was meant to change, the count of differing lines is printed instead.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
baseline=${1:-HEAD}
rounds=${2:-10}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add --detach "$work/baseline" "$baseline" >/dev/null
(cd "$work/baseline" && mvn -B -q -DskipTests package >&2)
mvn -B -q -DskipTests package >&2

# 20,000 invitations: every labelled note, received, again and again, each time from a different sender.
python3 - "$work/many.csv" <<'EOF'
import csv, glob, sys
notes = []
for path in sorted(glob.glob("src/test/resources/classify/*.tsv")):
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("#") and len(cols) == 7 and cols[0] != "id":
            notes.append(cols[6])
with open(sys.argv[1], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["From", "To", "Sent At", "Message", "Direction"])
    for i in range(20000):
        w.writerow([f"Sender {i:05d}", "Robin Calloway", f"{i % 12 + 1}/{i % 28 + 1}/26, 9:{i % 60:02d} AM",
                    notes[i % len(notes)], "INCOMING"])
EOF

java -version 2>&1 | sed -n 1p
python3 - "$rounds" "$work/baseline/target/invite-audit.jar" "$root/target/invite-audit.jar" \
    "samples/Invitations.csv" "$work/many.csv" <<'EOF'
import statistics, subprocess, sys, tempfile
rounds, base_jar, work_jar, inputs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

def run(jar, path):
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as stats:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", stats.name, "java", "-jar", jar, "--all",
                        "--format", "ndjson", path], stdout=out, stderr=subprocess.DEVNULL, check=False)
        seconds, kib = stats.read().split()
        out.seek(0)
        return float(seconds), int(kib) / 1024, out.read()

print(f"{'input':<22}{'baseline s':>12}{'work s':>10}{'work/base':>11}{'base MiB':>10}{'work MiB':>10}  output")
for path in inputs:
    run(base_jar, path), run(work_jar, path)  # warm the file cache
    base, work, ratios = [], [], []
    for _ in range(rounds):
        b, w = run(base_jar, path), run(work_jar, path)
        base.append(b), work.append(w), ratios.append(w[0] / b[0])
    differing = sum(x != y for x, y in zip(base[0][2].splitlines(), work[0][2].splitlines()))
    same = "identical" if base[0][2] == work[0][2] else f"{differing} lines differ"
    name = path.split("/")[-1]
    print(f"{name:<22}{statistics.median(x[0] for x in base):>12.2f}{statistics.median(x[0] for x in work):>10.2f}"
          f"{statistics.median(ratios):>11.2f}{statistics.median(x[1] for x in base):>10.0f}"
          f"{statistics.median(x[1] for x in work):>10.0f}  {same}")
EOF
