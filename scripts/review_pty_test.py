#!/usr/bin/env python3
"""End-to-end test of `factledger review` on a real pseudo-terminal.

    python3 scripts/review_pty_test.py BIN

Ingests the bundled seeds into a temporary ledger, checks them, then drives the interactive queue
as a reviewer would: confirm two flags (one with a note), read a flag's articles in the pager
(`o`, with PAGER=cat: URL lines and highlighted figures), dismiss one as different events with a
note, undo the latest decision, quit. It then checks every export format shows exactly those
decisions with the reviewer's name, that a second session resumes at the flag left off, and that
without a terminal `review` refuses with a one-line error; then runs every `flag` decision command
as a script would (notes, public notes, verdicts, removal, split, undo, the refusal to overturn
another reviewer without --force). Exits non-zero on any failure.
"""
import json
import os
import pty
import select
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, ledger, *args, check=True):
    p = subprocess.run([binary, "--db", ledger, *args], capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)}: {p.stderr}")
    return p


class Session:
    """A child process on a pty; reads its output until a marker shows up."""

    def __init__(self, argv):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["COLUMNS"] = "100"
            os.environ["PAGER"] = "cat"
            os.execv(argv[0], argv)
        self.out = b""

    def expect(self, marker, timeout=10):
        end = time.time() + timeout
        while marker.encode() not in self.out:
            left = end - time.time()
            if left <= 0:
                sys.exit(f"FAIL: timed out waiting for {marker!r}; got:\n{self.out.decode(errors='replace')[-2000:]}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    sys.exit(f"FAIL: session ended waiting for {marker!r}:\n{self.out.decode(errors='replace')[-2000:]}")
                self.out += chunk
        at = self.out.index(marker.encode())
        self.before = self.out[:at]
        self.out = self.out[at + len(marker):]

    def send(self, text):
        os.write(self.fd, text.encode())

    def wait(self):
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="factledger-review-")
    ledger = os.path.join(work, "ledger.sqlite")
    run(binary, ledger, "ingest", "--quiet", os.path.join(ROOT, "seeds"))
    run(binary, ledger, "check")
    flags = json.loads(run(binary, ledger, "flags", "--json").stdout)
    if len(flags) < 4:
        sys.exit(f"FAIL: expected at least 4 open flags, got {len(flags)}")
    order = [f["id"] for f in flags]

    prompt = "[q]uit > "
    s = Session([binary, "--db", ledger, "review", "--reviewer", "Rita Reviewer"])
    s.expect(f"[1/{len(order)},")
    s.expect(prompt)
    # What the terminal receives: the figure between the reverse-video escapes, not their
    # sanitised remains (` [7m430 [0m`).
    figures = [c["text"] for c in flags[0]["claims"]]
    if not any(b"\x1b[7m" + f.encode() + b"\x1b[0m" in s.before for f in figures):
        sys.exit(f"FAIL: no highlighted figure of {figures} on the terminal:\n{s.before.decode(errors='replace')[-1500:]}")
    if b" [7m" in s.before or b"[0m " in s.before.replace(b"\x1b[0m", b""):
        sys.exit("FAIL: the highlight's escapes were sanitised into visible text")
    s.send("c")
    s.expect(f"[2/{len(order)},")
    s.expect(prompt)
    # A note, then one key confirms.
    s.send("n")
    s.expect("note: ")
    s.send("Both outlets cite the air force\n")
    s.expect(prompt)
    s.send("c")
    s.expect(f"[3/{len(order)},")
    s.expect(prompt)
    s.send("?")
    s.expect("undo your latest decision")
    s.expect(prompt)
    # `o`: the articles through $PAGER (cat here), each with its URL line, the figures highlighted.
    s.send("o")
    s.expect("URL: ")
    s.expect(prompt)
    if b"\x1b[7m" not in s.before:
        sys.exit(f"FAIL: the paged articles have no highlighted figure:\n{s.before.decode(errors='replace')[-800:]}")
    # A wrong confirm, taken back at the next flag: back to the third flag, open again.
    s.send("c")
    s.expect(f"[4/{len(order)},")
    s.expect(prompt)
    s.send("u")
    s.expect("undid event")
    s.expect(f"[3/{len(order)},")
    s.expect(prompt)
    s.send("d")
    s.expect("reason [1-")
    s.send("1")
    s.expect("note (Enter for none): ")
    s.send("Different attacks, a week apart\n")
    s.expect(f"[4/{len(order)},")
    s.expect(prompt)
    s.send("q")
    s.expect("all saved")
    code = s.wait()
    if code != 0:
        sys.exit(f"FAIL: review exited with {code}")

    # What the ledger now says.
    expected = {order[0]: "confirmed", order[1]: "confirmed", order[2]: "dismissed", order[3]: "open"}
    report = json.loads(run(binary, ledger, "report", "--format", "json").stdout)
    by_id = {f["id"]: f for f in report["flags"]}
    for fid, status in expected.items():
        if by_id[fid]["status"] != status:
            sys.exit(f"FAIL: flag {fid} is {by_id[fid]['status']}, expected {status}")
    dismissed = by_id[order[2]]["decisions"]
    if not any(d["reason"] == "different-events" and d["note"] == "Different attacks, a week apart" and d["reviewer"] == "Rita Reviewer"
               for d in dismissed):
        sys.exit(f"FAIL: dismissal not recorded as expected: {dismissed}")
    undone = by_id[order[2]]["decisions"]
    if [d["action"] for d in undone] != ["confirm", "undo", "dismiss"] or not undone[0]["undone"]:
        sys.exit(f"FAIL: undo not recorded as expected: {undone}")
    for fmt, needles in {
        "markdown": ["Rita Reviewer confirmed", "dismissed (different-events): Different attacks, a week apart", "\\[undone\\]"],
        "html": ["Rita Reviewer confirmed", "Different attacks, a week apart", "class=\"undone\""],
        "csv": ["Rita Reviewer", "different-events"],
        "claimreview": ["Contradicted by other reports", "Not contradicted (different-events)"],
    }.items():
        extra = ["--org-name", "Checks", "--publish-url", "https://checks.example/r"] if fmt == "claimreview" else []
        out = run(binary, ledger, "report", "--format", fmt, *extra).stdout
        for needle in needles:
            if needle not in out:
                sys.exit(f"FAIL: {fmt} report lacks {needle!r}")
    claimreview = json.loads(run(binary, ledger, "report", "--format", "claimreview", "--org-name", "Checks",
                                 "--publish-url", "https://checks.example/r").stdout)
    reviewed = {order[0], order[1], order[2]}
    anchors = {r["url"].split("#flag-")[1] for r in claimreview}
    if anchors != {str(i) for i in reviewed}:
        sys.exit(f"FAIL: ClaimReview covers flags {anchors}, expected {reviewed}")

    # A second session starts where the first stopped: the fourth flag, the only open one left.
    s = Session([binary, "--db", ledger, "review", "--reviewer", "Rita Reviewer"])
    s.expect(f"Flag #{order[3]}")
    s.expect(prompt)
    s.send("q")
    s.expect("all saved")
    s.wait()

    # Without a terminal: a clear refusal.
    p = run(binary, ledger, "review", check=False)
    if p.returncode == 0 or "needs a terminal" not in p.stderr or p.stderr.count("\n") > 1:
        sys.exit(f"FAIL: review without a terminal: {p.returncode} {p.stderr!r}")
    decisions_without_a_terminal(binary, ledger, order[3])
    print(f"review pty test passed ({len(order)} flags; ledger in {work})")


def decisions_without_a_terminal(binary, ledger, flag):
    """Every `flag` decision command, as a script would run it: notes (internal and public),
    verdicts, a removal, a split, undo, and the refusal to overturn another reviewer."""
    def decide(*args, check=True):
        return run(binary, ledger, "flag", *args, "--reviewer", "Sam Script", check=check)
    claims = [c["claim_id"] for c in json.loads(run(binary, ledger, "flag", str(flag), "--json").stdout)["claims"]]
    decide("note", str(flag), "asked the outlet")
    noted = json.loads(decide("note", str(flag), "public line", "--public", "--json").stdout)
    if not noted["public_note"]:
        sys.exit(f"FAIL: flag note --public not marked public: {noted}")
    decide("undo", str(flag))
    rated = json.loads(decide("rate", str(flag), "--claim", str(claims[0]), "wrong", "--public-note", "Corrected later.",
                              "--json").stdout)
    if rated["verdict"] != "wrong" or rated["claim_id"] != claims[0]:
        sys.exit(f"FAIL: flag rate: {rated}")
    if len(claims) >= 3:
        decide("remove-claim", str(flag), str(claims[-1]), "--reason", "extraction-error")
    split = json.loads(decide("split", str(flag), "--claims", str(claims[1]), "--json").stdout)
    shown = json.loads(run(binary, ledger, "flag", str(flag), "--json").stdout)
    if split["new_flag"] not in shown["split_into"] or claims[1] in [c["claim_id"] for c in shown["claims"]]:
        sys.exit(f"FAIL: flag split: {split} {shown['split_into']}")
    decide("confirm", str(flag))
    p = run(binary, ledger, "flag", "dismiss", str(flag), "--reason", "rounding", "--reviewer", "Other Person", check=False)
    if p.returncode != 1 or "--force" not in p.stderr:
        sys.exit(f"FAIL: overturning another reviewer without --force: {p.returncode} {p.stderr!r}")
    history = json.loads(run(binary, ledger, "flag", "history", str(flag), "--json").stdout)
    actions = [e["action"] for e in history if e["reviewer"] == "Sam Script"]
    if actions[:4] != ["note", "note", "undo", "rate"] or "split" not in actions or actions[-1] != "confirm":
        sys.exit(f"FAIL: history of the scripted decisions: {actions}")


if __name__ == "__main__":
    main()
