#!/usr/bin/env python3
"""FactLedger's benchmark: throughput and scale on a generated corpus.

    python3 scripts/bench.py [--sizes 10000,100000] [--runs 3] [--work DIR] [--json FILE] [--bin DIR]

Builds nothing: run `swift build -c release` first (it uses .build/release/factledger and
factledger-bench, or --bin DIR). For each size N it generates N articles of about 5 KB with
scripts/benchcorpus.py (seed 42, cached in --work), then measures, each a median of --runs runs:

  ingest      end-to-end `factledger ingest` into a new file ledger: MB/s, articles/s, peak RSS,
              ledger size on disk per MB of input
  extract     extraction alone on one core, no database (`factledger-bench`): MB/s
  check       `factledger check` on the ingested ledger: seconds, peak RSS, claims compared
  queries     on the largest ledger: `quotes --speaker`, `quotes --search`, `claims --about`
              (wall time of the whole command, process start included; --limit 50)
  report      `report --format html` on the largest ledger (every flag, all statuses)

It prints one table and, with --json, writes the same figures for comparison between commits.
Timings are wall-clock on whatever machine runs it: compare runs on one machine only.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import benchcorpus  # noqa: E402


def arg(name, default):
    if name in sys.argv:
        return sys.argv[sys.argv.index(name) + 1]
    return default


def measure(cmd):
    """Runs cmd; returns (seconds, its peak RSS in MB, exit code, stdout, stderr).

    The peak is the child's own VmHWM, polled from /proc: the wait4 figure would include this
    script's memory, which Linux carries into the child's count across fork and exec."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def poll():
        while not done.is_set():
            try:
                with open(f"/proc/{proc.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.01)

    watcher = threading.Thread(target=poll, daemon=True)
    watcher.start()
    # Read the output before waiting, so a large output cannot block the child. (stderr is small.)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    watcher.join()
    rss = peak[0] / 1024 if peak[0] else usage.ru_maxrss / 1024
    return seconds, rss, os.waitstatus_to_exitcode(status), out, err


def run_measured(cmd):
    """Like measure, but fails on a non-zero exit; returns (seconds, peak RSS MB, stdout text)."""
    seconds, rss, code, out, err = measure(cmd)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}): {err.decode(errors='replace')[:400]}")
    return seconds, rss, out.decode(errors="replace")


def median(values):
    return statistics.median(values) if values else None


def corpus(work, n):
    folder = os.path.join(work, f"corpus-{n}")
    marker = os.path.join(folder, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {n} articles in {folder} …", file=sys.stderr)
        size = benchcorpus.generate(folder, n, seed=42)
        with open(marker, "w") as f:
            f.write(str(size))
    with open(marker) as f:
        return folder, int(f.read())


def main():
    binary_dir = arg("--bin", os.path.join(ROOT, ".build", "release"))
    factledger = os.path.join(binary_dir, "factledger")
    bench = os.path.join(binary_dir, "factledger-bench")
    for b in (factledger, bench):
        if not os.path.exists(b):
            sys.exit(f"{b} is missing: run `swift build -c release` first")
    sizes = [int(s) for s in arg("--sizes", "10000,100000").split(",")]
    runs = int(arg("--runs", "3"))
    work = arg("--work", os.path.join("/tmp", "factledger-bench"))
    os.makedirs(work, exist_ok=True)
    results = {"machine": machine(), "sizes": {}, "queries": {}, "report": None}

    largest_ledger = None
    for n in sizes:
        folder, size = corpus(work, n)
        mb = size / 1e6
        ledger = os.path.join(work, f"ledger-{n}.sqlite")
        times, rss, ratio = [], [], None
        for r in range(runs):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(ledger + suffix):
                    os.remove(ledger + suffix)
            seconds, peak, _ = run_measured([factledger, "--db", ledger, "ingest", "--quiet", folder])
            times.append(seconds)
            rss.append(peak)
            print(f"  ingest {n}: run {r + 1}: {seconds:.1f} s, {peak:.0f} MB", file=sys.stderr)
        ledger_bytes = sum(os.path.getsize(ledger + s) for s in ("", "-wal") if os.path.exists(ledger + s))
        ratio = ledger_bytes / size
        t = median(times)
        row = {
            "articles": n, "input_mb": round(mb, 1), "ingest_s": round(t, 2), "ingest_mb_s": round(mb / t, 2),
            "ingest_articles_s": round(n / t), "ingest_peak_rss_mb": round(max(rss)), "ledger_mb": round(ledger_bytes / 1e6, 1),
            "ledger_per_input_mb": round(ratio, 2),
        }
        # Extraction alone, one core: on at most 5,000 articles (they are held in memory).
        sub = sorted(os.path.join(folder, d) for d in os.listdir(folder) if d[0].isdigit())[:5]
        out = run_measured([bench, *sub, "--repeat", str(runs)])[2]
        ex = json.loads(out.strip().splitlines()[-1])
        row["extract_mb_s_per_core"] = ex["mb_per_s"]
        check_times, check_rss, compared = [], [], 0
        for r in range(runs):
            seconds, peak, out = run_measured([factledger, "--db", ledger, "check", "--json"])
            check_times.append(seconds)
            check_rss.append(peak)
            compared = json.loads(out)["claims_compared"]
        row["check_claims"] = compared
        row["check_s"] = round(median(check_times), 2)
        row["check_peak_rss_mb"] = round(max(check_rss))
        results["sizes"][str(n)] = row
        largest_ledger = ledger

    if len(sizes) >= 2:
        a, b = results["sizes"][str(sizes[0])], results["sizes"][str(sizes[-1])]
        results["scaling"] = {
            "input_ratio": round(b["input_mb"] / a["input_mb"], 1),
            "ingest_time_ratio": round(b["ingest_s"] / a["ingest_s"], 1),
            "check_claims_ratio": round(b["check_claims"] / max(1, a["check_claims"]), 1),
            "check_time_ratio": round(b["check_s"] / a["check_s"], 1),
        }

    # Queries on the largest ledger.
    counts = subprocess.run(
        ["sqlite3", largest_ledger, "SELECT (SELECT count(*) FROM quotes), (SELECT count(*) FROM flags)"],
        capture_output=True, text=True)
    quotes_count, flags_count = (int(x) for x in counts.stdout.strip().split("|")) if counts.returncode == 0 else (None, None)
    results["largest"] = {"quotes": quotes_count, "flags": flags_count}
    speaker = top_speaker(largest_ledger)
    queries = {
        "quotes --speaker": [factledger, "--db", largest_ledger, "quotes", "--speaker", speaker, "--limit", "50"],
        "quotes --search": [factledger, "--db", largest_ledger, "quotes", "--search", "rubble survivors", "--limit", "50"],
        "claims --about": [factledger, "--db", largest_ledger, "claims", "--about", "drones", "--limit", "50"],
        "process start (--version)": [factledger, "--version"],
    }
    for name, cmd in queries.items():
        times = [run_measured(cmd)[0] for _ in range(max(5, runs))]
        results["queries"][name] = round(median(times) * 1000, 1)

    try:
        out_path = os.path.join(work, "report.html")
        times = []
        for _ in range(runs):
            seconds, peak, _ = run_measured(
                [factledger, "--db", largest_ledger, "report", "--format", "html", "--status", "all", "--output", out_path])
            times.append(seconds)
        results["report"] = {"flags": flags_count, "seconds": round(median(times), 2), "peak_rss_mb": round(peak),
                             "bytes": os.path.getsize(out_path)}
    except RuntimeError as e:
        results["report"] = {"error": str(e)[:200]}

    print_table(results)
    if "--json" in sys.argv:
        with open(arg("--json", "bench.json"), "w") as f:
            json.dump(results, f, indent=2)


def top_speaker(ledger):
    out = subprocess.run(
        ["sqlite3", ledger, "SELECT name FROM speakers s JOIN quotes q ON q.speaker_id = s.id GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"],
        capture_output=True, text=True)
    return out.stdout.strip() or "Zelensky"


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count()}


def print_table(r):
    print(f"machine: {r['machine']['cpu']} ({r['machine']['cores']} cores)")
    print()
    print("| articles | input MB | ingest MB/s | articles/s | ingest peak RSS MB | ledger / input | extract MB/s/core | check claims | check s | check peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in r["sizes"].values():
        print(f"| {row['articles']:,} | {row['input_mb']} | {row['ingest_mb_s']} | {row['ingest_articles_s']:,} | "
              f"{row['ingest_peak_rss_mb']} | {row['ledger_per_input_mb']}× | {row['extract_mb_s_per_core']} | "
              f"{row['check_claims']:,} | {row['check_s']} | {row['check_peak_rss_mb']} |")
    if "scaling" in r:
        s = r["scaling"]
        print(f"\nscaling: {s['input_ratio']}× the input took {s['ingest_time_ratio']}× the ingest time; "
              f"{s['check_claims_ratio']}× the claims took {s['check_time_ratio']}× the check time")
    print(f"\nqueries on {r['largest']['quotes']:,} quotes (median wall time of the whole command, ms):")
    for name, ms in r["queries"].items():
        print(f"  {name}: {ms}")
    rep = r["report"]
    if rep and "seconds" in rep:
        print(f"\nreport --format html on {rep['flags']:,} flags: {rep['seconds']} s, {rep['bytes'] / 1e6:.1f} MB, peak RSS {rep['peak_rss_mb']} MB")
    elif rep:
        print(f"\nreport: {rep.get('error')}")


if __name__ == "__main__":
    main()
