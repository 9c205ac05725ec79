#!/usr/bin/env python3
"""Output safety through the release binary: write errors and `-o`.

    python3 scripts/output_safety.py BIN

Checks that every listing and export, written to a full device (/dev/full), prints one line on
stderr and exits 1; that a closed pipe (`| head`) ends quietly; that `report -o` and `quotes -o`
refuse the ledger and its -wal file, leaving the ledger byte for byte as it was; and that `-o` a
device writes into it without replacing it; and that the bare command (no arguments) prints the
help on stderr and exits 64, and `demo --db` never adds the seeds into an existing ledger; that
`article ID --json` is one object as its help says; and that a ledger in a read-only folder can
still be read (and says so), while writing to it fails with one line.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def check(name, ok, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
    if not ok:
        failures.append(name)


def read_only_folder(binary, ledger, work):
    """A ledger whose folder cannot be written (a read-only mount, another user's folder): reading
    commands work and say so; a writing command fails with one line. As root the commands run as
    `nobody` (root may write anywhere)."""
    folder = os.path.join(work, "readonly")
    os.makedirs(folder)
    copy = os.path.join(folder, "ledger.sqlite")
    shutil.copy(ledger, copy)
    os.chmod(copy, 0o644)
    os.chmod(folder, 0o555)
    os.chmod(work, 0o755)
    prefix = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        probe = setpriv and subprocess.run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", binary, "--version"],
                                           capture_output=True)
        if not probe or probe.returncode != 0:
            print("skip read-only folder: cannot run the binary as another user here")
            return
        prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    p = subprocess.run(prefix + [binary, "--db", copy, "flags", "--status", "all"], capture_output=True)
    check("flags on a ledger in a read-only folder",
          p.returncode == 0 and b"read-only" in p.stderr and b"conflict" in p.stdout,
          f"exit {p.returncode}: {p.stderr.decode(errors='replace').strip()[:120]}")
    p = subprocess.run(prefix + [binary, "--db", copy, "flag", "confirm", "1"], capture_output=True)
    err = p.stderr.decode(errors="replace").strip()
    check("flag confirm on a ledger in a read-only folder", p.returncode == 1 and err.count("\n") == 0
          and err.startswith("error:") and "read-only" in err, f"exit {p.returncode}: {err[:120]}")
    os.chmod(folder, 0o755)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="factledger-output-")
    ledger = os.path.join(work, "ledger.sqlite")
    base = [binary, "--db", ledger]
    subprocess.run(base + ["ingest", "--quiet", os.path.join(ROOT, "seeds")], check=True, capture_output=True)
    subprocess.run(base + ["check"], check=True, capture_output=True)
    commands = [["report", "--format", "json"], ["report", "--format", "markdown"], ["quotes", "--format", "csv"],
                ["flags"], ["articles"], ["claims", "--json"], ["quotes", "--json"], ["speakers"]]
    if os.path.exists("/dev/full"):
        for c in commands:
            with open("/dev/full", "w") as full:
                p = subprocess.run(base + c, stdout=full, stderr=subprocess.PIPE)
            err = p.stderr.decode(errors="replace").strip()
            check(f"{' '.join(c)} > /dev/full", p.returncode == 1 and err.count("\n") == 0 and err.startswith("error:"),
                  f"exit {p.returncode}: {err[:100]}")
    p = subprocess.run(" ".join(base + ["quotes", "--json"]) + " | head -c 10 > /dev/null", shell=True,
                       stderr=subprocess.PIPE, executable="/bin/bash")
    check("quotes --json | head", p.stderr == b"", p.stderr.decode(errors="replace")[:100])
    digest = hashlib.sha256(open(ledger, "rb").read()).hexdigest()
    for c in (["report", "-o", ledger], ["report", "-o", ledger + "-wal"], ["quotes", "--format", "csv", "-o", ledger]):
        p = subprocess.run(base + c, capture_output=True)
        check(" ".join(c[:-1]) + " LEDGER", p.returncode == 1 and b"is the ledger" in p.stderr,
              p.stderr.decode(errors="replace").strip()[:100])
    p = subprocess.run(base + ["demo"], capture_output=True)
    check("demo --db LEDGER refused", p.returncode == 1 and b"exists" in p.stderr, p.stderr.decode(errors="replace")[:100])
    check("ledger unchanged", hashlib.sha256(open(ledger, "rb").read()).hexdigest() == digest)
    p = subprocess.run(base + ["report", "-o", "/dev/null"], capture_output=True)
    check("report -o /dev/null", p.returncode == 0 and os.path.exists("/dev/null") and not os.path.isfile("/dev/null"))
    p = subprocess.run([binary], capture_output=True)
    check("no arguments", p.returncode == 64 and b"USAGE" in p.stderr and p.stdout == b"", f"exit {p.returncode}")
    p = subprocess.run(base + ["article", "1", "--json"], capture_output=True)
    helptext = subprocess.run(base + ["article", "--help"], capture_output=True).stdout
    check("article --json is one object, as its help says",
          p.returncode == 0 and p.stdout.lstrip().startswith(b"{") and b"one JSON object" in helptext)
    read_only_folder(binary, ledger, work)
    shutil.rmtree(work)
    if failures:
        sys.exit(f"{len(failures)} output check(s) failed: {', '.join(failures)}")


if __name__ == "__main__":
    main()
