"""bench/run's measurements: start-up with hyperfine, throughput with a small harness that also reads each run's peak
memory. Called by bench/run; prints the tables.

    measure.py MODE COMMIT TOOL BENCH_CLASSPATH RESULTS INPUT_150 THROUGHPUT_INPUT...

The throughput inputs are timed in the order given (bench/run gives 10,000, 100,000 and 1,000,000 invitations); the
HTML page is made of the last.

MODE is full, quick (fewer rounds) or startup (the start-up rounds alone). PICOCLI_HELLO and PICOCLI_SPEC_HELLO in
the environment are the command lines of the picocli floor, annotated and built with CommandSpec, their words
separated by white space.

With BASELINE_TOOL and BASELINE_NAME in the environment, the baseline's command is timed in the same rounds: its
start-ups, and its ndjson output on each input, whose digest is compared with the work tree's.
"""
import glob
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

DRAFT = "Great meeting you at the Porto meetup on Tuesday!"
FORMATS = ("ndjson", "json", "csv", "tsv", "text", "html")
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome")


def rotated(items, round_number):
    """The order of a round: each command leads in turn, so that a drift of the machine hits them all alike."""
    shift = round_number % len(items)
    return items[shift:] + items[:shift]


def hyperfine(commands, runs):
    """Each command's run times in seconds, from one hyperfine call."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as export:
        subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "1", "--runs", str(runs),
                        "--export-json", export.name, *[" ".join(command) for _, command in commands]],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results = json.load(open(export.name))["results"]
    return {name: result["times"] for (name, _), result in zip(commands, results)}


def run(command, stdout):
    """One run: wall seconds, peak resident memory in MiB, exit status."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def digest(path):
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def startup(quick, tool, bench_cp, sample, baseline):
    rounds, runs = (2, 5) if quick else (5, 10)
    commands = [("JVM Hello", ["java", "-cp", bench_cp.split(":")[0], "org.inviteaudit.bench.Hello"]),
                ("picocli hello (floor)", os.environ["PICOCLI_HELLO"].split()),
                ("picocli hello, CommandSpec", os.environ["PICOCLI_SPEC_HELLO"].split()),
                ("audit, 150 invitations", [tool, sample]),
                ("check a draft", [tool, "check", f"'{DRAFT}'"])]
    if baseline:
        name, baseline_tool = baseline
        commands += [(f"audit, 150 ({name})", [baseline_tool, sample]),
                     (f"check ({name})", [baseline_tool, "check", f"'{DRAFT}'"])]
    times = {name: [] for name, _ in commands}
    ratios = {name: [] for name, _ in commands}
    for number in range(rounds):
        found = hyperfine(rotated(commands, number), runs)
        hello = statistics.median(found["JVM Hello"])
        for name, values in found.items():
            times[name].extend(values)
            ratios[name].append(statistics.median(values) / hello)
    memory = {name: statistics.median(run(command, subprocess.DEVNULL)[1] for _ in range(3))
              for name, command in commands}
    print(f"Start-up: hyperfine, {rounds} rounds of {runs} runs each (+1 warm-up), the order rotating each round")
    print(f"{'command':<32}{'median ms':>10}{'min ms':>8}{'x Hello':>9}{'peak MiB':>10}")
    for name, _ in commands:
        print(f"{name:<32}{1000 * statistics.median(times[name]):>10.0f}{1000 * min(times[name]):>8.0f}"
              f"{statistics.median(ratios[name]):>9.1f}{memory[name]:>10.0f}")
    print("(x Hello: the median over rounds of each round's median against the JVM Hello's)")


def throughput(quick, tool, bench_cp, inputs, results, commit, baseline):
    digests = {}
    print()
    print("Throughput: each command once a round, the order rotating; wall time and peak memory of each run")
    for path in inputs:
        size = int(os.path.basename(path).split("-")[1])
        rounds = 1 if quick else (2 if size >= 1_000_000 else 3)
        commands = [("floor (Commons CSV + jackson-core)",
                     ["java", "-cp", bench_cp, "org.inviteaudit.bench.Floor", path])]
        commands += [(f"{fmt} --all", [tool, "--format", fmt, "--all", path]) for fmt in FORMATS]
        if baseline:
            commands.append((f"ndjson --all ({baseline[0]})", [baseline[1], "--format", "ndjson", "--all", path]))
        seconds = {name: [] for name, _ in commands}
        memory = {name: [] for name, _ in commands}
        statuses = {name: set() for name, _ in commands}
        ratios = {name: [] for name, _ in commands}
        with tempfile.TemporaryDirectory() as scratch:
            for number in range(rounds):
                this_round = {}
                for name, command in rotated(commands, number):
                    target = os.path.join(scratch, name.replace(" ", "_").replace("/", "_"))
                    with open(target, "wb") as out:
                        took, mib, status = run(command, out)
                    this_round[name] = took
                    seconds[name].append(took)
                    memory[name].append(mib)
                    statuses[name].add(status)
                    if not name.startswith("floor"):
                        digests[(os.path.basename(path), name)] = digest(target)
                for name in this_round:
                    ratios[name].append(this_round[name] / this_round[commands[0][0]])
        print(f"{size:,} invitations ({os.path.getsize(path) / 2**20:.0f} MiB), {rounds} round(s)")
        print(f"  {'command':<40}{'median s':>9}{'x floor':>9}{'x ndjson':>10}{'peak MiB':>10}  exit")
        ndjson = statistics.median(seconds["ndjson --all"])
        for name, _ in commands:
            median = statistics.median(seconds[name])
            print(f"  {name:<40}{median:>9.2f}{statistics.median(ratios[name]):>9.2f}{median / ndjson:>10.2f}"
                  f"{max(memory[name]):>10.0f}  {','.join(map(str, sorted(statuses[name])))}")
        if baseline:
            mine = digests[(os.path.basename(path), "ndjson --all")]
            theirs = digests.pop((os.path.basename(path), f"ndjson --all ({baseline[0]})"))
            print(f"  ndjson output against {baseline[0]}'s: " + ("byte-identical" if mine == theirs else "DIFFERENT"))
    record_digests(digests, results, commit)


def html_page(tool, path):
    """The HTML page of the largest input: its size, and how long headless Chromium takes to lay it out and paint it
    (a screenshot), against the same for a blank page, Chromium's own start."""
    chromium = next((c for c in CHROMIUMS if shutil.which(c)), None)
    print()
    if chromium is None:
        print("HTML page: no Chromium on the PATH, not measured")
        return
    with tempfile.TemporaryDirectory() as scratch:
        page = os.path.join(scratch, "report.html")
        blank = os.path.join(scratch, "blank.html")
        with open(blank, "w") as out:
            out.write("<!DOCTYPE html><title>blank</title>")
        subprocess.run([tool, "--format", "html", "--all", "-o", page, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def shown(file):
            start = time.perf_counter()
            subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600",
                            "--screenshot=" + os.path.join(scratch, "shot.png"), "file://" + file],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
            return time.perf_counter() - start

        pairs = [(shown(blank), shown(page)) for _ in range(3)]
        print(f"HTML page of {os.path.basename(path)} --all: {os.path.getsize(page) / 2**20:.1f} MiB; headless "
              f"Chromium to a screenshot {statistics.median(p for _, p in pairs):.2f} s, a blank page "
              f"{statistics.median(b for b, _ in pairs):.2f} s (median of 3 pairs)")


def record_digests(digests, results, commit):
    lines = sorted(f"{inp}\t{name}\t{sha}" for (inp, name), sha in digests.items())
    mine = os.path.join(results, f"digests-{commit}.txt")
    with open(mine, "w") as f:
        f.write("\n".join(lines) + "\n")
    others = [p for p in glob.glob(os.path.join(results, "digests-*.txt")) if p != mine]
    print()
    if not others:
        print(f"Output digests: {mine} (no run of another commit to compare with)")
        return
    latest = max(others, key=os.path.getmtime)
    theirs = {tuple(line.split("\t")[:2]): line.split("\t")[2]
              for line in open(latest).read().splitlines() if line}
    shared = [(key, sha) for key, sha in ((tuple(l.split("\t")[:2]), l.split("\t")[2]) for l in lines)
              if key in theirs]
    same = sum(theirs[key] == sha for key, sha in shared)
    print(f"Output digests against {os.path.basename(latest)}: {same} of {len(shared)} outputs byte-identical"
          + ("" if same == len(shared) else ": " + ", ".join(f"{k[0]} {k[1]}" for k, s in shared
                                                             if theirs[k] != s)))


def main():
    mode, commit, tool, bench_cp, results, *inputs = sys.argv[1:]
    quick = mode == "quick"
    print(f"invite-audit {commit}, {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]},"
          f" {os.cpu_count()} cores")
    print()
    baseline = (os.environ["BASELINE_NAME"], os.environ["BASELINE_TOOL"]) if os.environ.get("BASELINE_TOOL") else None
    startup(quick, tool, bench_cp, inputs[0], baseline)
    if mode != "startup":
        throughput(quick, tool, bench_cp, inputs[1:], results, commit, baseline)
        html_page(tool, inputs[-1])


if __name__ == "__main__":
    main()
