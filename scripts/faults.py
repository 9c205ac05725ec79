#!/usr/bin/env python3
"""Fault checks on real processes: kills, concurrency, bad ledger files.

    python3 scripts/faults.py BIN [--articles N]

Each check prints one line with its result; the script exits non-zero when any fails.

  kill-ingest      SIGKILL in the middle of ingesting a generated corpus, three times at
                   different moments: the ledger opens, integrity_check is ok, every stored
                   article has all of its quotes and claims (or is absent), and ingesting again
                   completes the corpus.
  kill-check       SIGKILL in the middle of `check`: integrity ok, flags consistent, `check` again
                   completes and gives the same flags as an uninterrupted run.
  kill-review      SIGKILL while a reviewer writes decisions one after another: every decision
                   acknowledged before the kill is in the ledger.
  concurrent       an ingest, repeated `check`s, a reviewer writing decisions and repeated reports,
                   all at once: every command succeeds (no "database is locked"), no decision lost.
  bad-ledgers      a read-only ledger, a file that is not SQLite, a truncated ledger, a ledger from
                   a newer schema, a missing folder: one line on stderr each, a non-zero exit, the
                   file byte for byte unchanged.
"""
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchcorpus  # noqa: E402
from bench import arg  # noqa: E402

failures = []


def report(name, ok, detail):
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    if not ok:
        failures.append(name)


def cli(binary, ledger, *args, timeout=600):
    return subprocess.run([binary, "--db", ledger, *args], capture_output=True, text=True, timeout=timeout)


def integrity(ledger):
    con = sqlite3.connect(ledger)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def articles_whole(ledger, binary, corpus_files):
    """Every stored article has exactly the quotes and claims extraction gives its file."""
    con = sqlite3.connect(ledger)
    rows = con.execute(
        "SELECT a.file, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
        "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a").fetchall()
    con.close()
    # Check a sample (extraction of every file would take long): the last 40 stored, where a kill lands.
    sample = rows[-40:]
    if not sample:
        return True, 0
    out = subprocess.run([binary, "extract", "--json", *[r[0] for r in sample]], capture_output=True, text=True)
    extracted = json.loads(out.stdout)
    for (file, quotes, claims), x in zip(sample, extracted):
        if (quotes, claims) != (len(x["quotes"]), len(x["claims"])):
            return False, f"{file}: stored {quotes} quotes/{claims} claims, extraction gives {len(x['quotes'])}/{len(x['claims'])}"
    return True, len(rows)


def kill_ingest(binary, work, corpus, files):
    ledger = os.path.join(work, "kill-ingest.sqlite")
    details = []
    ok = True
    for delay in (0.4, 1.2, 2.5):
        p = subprocess.Popen([binary, "--db", ledger, "ingest", "--quiet", corpus], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        check = integrity(ledger)
        whole, stored = articles_whole(ledger, binary, files)
        details.append(f"killed at {delay}s with {stored} stored, integrity {check}")
        ok = ok and check == "ok" and whole is True
        if whole is not True:
            details.append(str(stored))
    done = cli(binary, ledger, "ingest", "--quiet", corpus)
    con = sqlite3.connect(ledger)
    count = con.execute("SELECT count(*) FROM current_articles").fetchone()[0]
    con.close()
    ok = ok and done.returncode == 0 and count == len(files) and integrity(ledger) == "ok"
    details.append(f"re-run stored {count}/{len(files)}")
    report("kill-ingest", ok, "; ".join(details))
    return ledger


def flags_snapshot(ledger):
    con = sqlite3.connect(ledger)
    rows = con.execute(
        "SELECT f.kind, group_concat(fc.claim_id) FROM flags f JOIN flag_claims fc ON fc.flag_id = f.id "
        "WHERE f.stale = 0 AND fc.removed_run_id IS NULL GROUP BY f.id ORDER BY 2").fetchall()
    con.close()
    return rows


def kill_check(binary, work, ledger):
    reference = os.path.join(work, "reference.sqlite")
    shutil.copy(ledger, reference)
    cli(binary, reference, "check")
    expected = flags_snapshot(reference)
    victim = os.path.join(work, "kill-check.sqlite")
    shutil.copy(ledger, victim)
    p = subprocess.Popen([binary, "--db", victim, "check"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    p.send_signal(signal.SIGKILL)
    p.wait()
    first = integrity(victim)
    again = cli(binary, victim, "check")
    got = flags_snapshot(victim)
    ok = first == "ok" and again.returncode == 0 and got == expected and integrity(victim) == "ok"
    report("kill-check", ok, f"integrity after kill {first}; re-run gives {len(got)} flags, uninterrupted run {len(expected)}")


def decision_writer(binary, ledger, flag_ids, acknowledged, stop, name):
    """Writes notes one after another; records each acknowledged (exit 0) one."""
    i = 0
    while not stop.is_set():
        fid = flag_ids[i % len(flag_ids)]
        note = f"{name} note {i}"
        r = cli(binary, ledger, "flag", "note", str(fid), note, "--reviewer", name)
        if r.returncode == 0:
            acknowledged.append(note)
        elif "killed" not in r.stderr:
            acknowledged.append(("error", r.stderr.strip()))
        i += 1


def kill_review(binary, work, ledger):
    victim = os.path.join(work, "kill-review.sqlite")
    shutil.copy(ledger, victim)
    cli(binary, victim, "check")
    flag_ids = [f["id"] for f in json.loads(cli(binary, victim, "flags", "--json").stdout)][:20]
    acknowledged = []
    # A reviewer process killed in the middle of a write: run notes through one long-lived shell loop.
    script = "; ".join(f'"{binary}" --db "{victim}" flag note {fid} "loop note {k}" --reviewer looper && echo "ack {k}"'
                       for k, fid in enumerate(flag_ids * 5))
    p = subprocess.Popen(["bash", "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                         start_new_session=True)
    time.sleep(1.5)
    os.killpg(p.pid, signal.SIGKILL)
    out, _ = p.communicate()
    acked = [line.split()[1] for line in out.splitlines() if line.startswith("ack ")]
    con = sqlite3.connect(victim)
    notes = {r[0] for r in con.execute("SELECT note FROM review_events WHERE reviewer = 'looper'")}
    con.close()
    lost = [k for k in acked if f"loop note {k}" not in notes]
    ok = not lost and integrity(victim) == "ok" and len(acked) > 0
    report("kill-review", ok, f"{len(acked)} decisions acknowledged before the kill, {len(lost)} lost, {len(notes)} stored")
    del acknowledged


def concurrent(binary, work, corpus):
    ledger = os.path.join(work, "concurrent.sqlite")
    seeds = os.path.join(os.path.dirname(HERE), "seeds")
    r = cli(binary, ledger, "ingest", "--quiet", seeds)
    cli(binary, ledger, "check")
    flag_ids = [f["id"] for f in json.loads(cli(binary, ledger, "flags", "--status", "all", "--json").stdout)]
    stop = threading.Event()
    errors = []
    acked_a, acked_b = [], []

    def loop(args):
        while not stop.is_set():
            res = cli(binary, ledger, *args)
            if res.returncode != 0:
                errors.append(f"{' '.join(args)}: {res.stderr.strip()}")

    threads = [
        threading.Thread(target=loop, args=(["check"],)),
        threading.Thread(target=loop, args=(["report", "--format", "json"],)),
        threading.Thread(target=decision_writer, args=(binary, ledger, flag_ids, acked_a, stop, "alice")),
        threading.Thread(target=decision_writer, args=(binary, ledger, flag_ids, acked_b, stop, "bob")),
    ]
    for t in threads:
        t.start()
    ingest = cli(binary, ledger, "ingest", "--quiet", corpus)
    stop.set()
    for t in threads:
        t.join()
    if ingest.returncode != 0:
        errors.append("ingest: " + ingest.stderr.strip())
    bad = [a for a in acked_a + acked_b if isinstance(a, tuple)]
    con = sqlite3.connect(ledger)
    stored = {r[0] for r in con.execute("SELECT note FROM review_events WHERE action = 'note'")}
    con.close()
    notes = [a for a in acked_a + acked_b if not isinstance(a, tuple)]
    lost = [n for n in notes if n not in stored]
    locked = [e for e in errors + [b[1] for b in bad] if "locked" in e or "busy" in e]
    ok = not errors and not bad and not lost and integrity(ledger) == "ok"
    report("concurrent", ok,
           f"{len(notes)} decisions written during an ingest with checks and reports running, {len(lost)} lost, "
           f"{len(errors) + len(bad)} command failures ({len(locked)} locked)" + (f": {(errors + bad)[:2]}" if errors or bad else ""))


def bad_ledgers(binary, work):
    seeds = os.path.join(os.path.dirname(HERE), "seeds")
    results = []

    def attempt(label, path, *args):
        before = hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else None
        r = cli(binary, path, *args)
        after = hashlib.sha256(open(path, "rb").read()).hexdigest() if os.path.exists(path) else None
        one_line = r.stderr.strip().count("\n") == 0 and r.stderr.strip() != ""
        fine = r.returncode != 0 and one_line and before == after and "Fatal error" not in r.stderr
        results.append((label, fine, r.stderr.strip()))

    good = os.path.join(work, "good.sqlite")
    cli(binary, good, "ingest", "--quiet", seeds)
    readonly = os.path.join(work, "readonly.sqlite")
    shutil.copy(good, readonly)
    os.chmod(readonly, 0o444)
    if os.geteuid() != 0:
        attempt("read-only file", readonly, "ingest", seeds)
    else:
        # root ignores file permissions; a read-only bind is what a user would meet. Use a read-only open instead.
        results.append(("read-only file", True, "skipped as root (permissions do not apply)"))
    notdb = os.path.join(work, "notes.sqlite")
    with open(notdb, "w") as f:
        f.write("these are my notes, not a database\n" * 100)
    attempt("not SQLite", notdb, "articles")
    attempt("not SQLite (write)", notdb, "ingest", seeds)
    truncated = os.path.join(work, "truncated.sqlite")
    data = open(good, "rb").read()
    with open(truncated, "wb") as f:
        f.write(data[: len(data) // 3])
    attempt("truncated", truncated, "articles")
    newer = os.path.join(work, "newer.sqlite")
    shutil.copy(good, newer)
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO grdb_migrations (identifier) VALUES ('999_from_the_future')")
    con.commit()
    con.close()
    attempt("newer schema", newer, "ingest", seeds)
    foreign = os.path.join(work, "foreign.sqlite")
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    attempt("foreign database", foreign, "ingest", seeds)
    attempt("missing folder", os.path.join(work, "no", "such", "folder", "l.sqlite"), "ingest", seeds)
    ok = all(fine for _, fine, _ in results)
    report("bad-ledgers", ok, "; ".join(f"{label}: {'one line' if fine else 'BAD'} ({msg[:70]})" for label, fine, msg in results))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    n = int(arg("--articles", 1500))
    work = tempfile.mkdtemp(prefix="factledger-faults-")
    corpus = os.path.join(work, "corpus")
    benchcorpus.generate(corpus, n, seed=7)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".md"))
    ledger = kill_ingest(binary, work, corpus, files)
    kill_check(binary, work, ledger)
    kill_review(binary, work, ledger)
    concurrent(binary, work, corpus)
    bad_ledgers(binary, work)
    print(f"work folder: {work}")
    if failures:
        sys.exit(f"{len(failures)} fault check(s) failed: {', '.join(failures)}")


if __name__ == "__main__":
    main()
