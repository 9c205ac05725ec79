#!/usr/bin/env python3
"""How well claim frames tell quantities apart, on a news answer key.

    python3 scripts/frames_eval.py .build/release/factledger ../shared/corpus/news \
        ../shared/acceptance/news-dev-gold.json [--verbose]

Runs `factledger extract --json` over the corpus and finds, for every conflict and compatible
pair of the key, the claim at each piece of evidence (same file, a matching figure, a sentence
holding the evidence text). It prints:

  same_key     pairs of evidence claims of one key entry (one quantity) with equal `measure_key`
  split_key    pairs of evidence claims of different entries in the same file pair whose quantities
               differ (different `about` patterns) that still share a `measure_key` (lower is better)
  claims       the key's `claims` found with an `entity`, `event` or `counted` phrase matching their `about`
  found        evidence pieces for which a claim was found at all

--verbose lists every pair whose keys differ and every claim whose frame misses its `about`.
"""
import itertools, json, os, re, subprocess, sys


def nums(c):
    return [c.get(k) for k in ("value", "lower", "upper") if isinstance(c.get(k), (int, float))]


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    binary, corpus, gold_path = sys.argv[1:4]
    verbose = "--verbose" in sys.argv
    # `--key subject` scores the older `subject` field the same way, for a before-and-after figure.
    key = sys.argv[sys.argv.index("--key") + 1] if "--key" in sys.argv else "measure_key"
    gold = json.load(open(gold_path))
    out = subprocess.run([binary, "extract", "--json", corpus], capture_output=True, text=True, timeout=900)
    if out.returncode not in (0, 1):
        sys.exit(f"extract failed: {out.stderr[:300]}")
    by_file = {os.path.basename(x["file"]): x["claims"] for x in json.loads(out.stdout)}

    def find(e):
        """The claim at a piece of evidence; of several in its sentence, one whose figure and
        counted words the evidence text holds."""
        want = [e[k] for k in ("value", "lower", "upper") if isinstance(e.get(k), (int, float))]
        text = e["contains"]
        found = []
        for c in by_file.get(e["file"], []):
            if text not in (c.get("sentence") or "") and (c.get("sentence") or "") not in text:
                continue
            if not want or any(close(w, n) for w in want for n in nums(c)):
                found.append(c)
        found.sort(key=lambda c: (c.get("text", "") not in text, (c.get("counted") or "") not in text))
        return found[0] if found else None

    same = total = found = pieces = 0
    lines = []
    entries = gold["conflicts"] + gold["not_conflicts"]
    located = []
    for entry in entries:
        claims = []
        for e in entry["evidence"]:
            pieces += 1
            c = find(e)
            if c is not None:
                found += 1
                claims.append((e, c))
            else:
                lines.append(f"not found {entry['gold_id']} {e['file']}: {e['contains'][:60]}")
        located.append((entry, claims))
        for (e1, c1), (e2, c2) in itertools.combinations(claims, 2):
            if c1 is c2:
                continue
            total += 1
            if c1.get(key) and c1.get(key) == c2.get(key):
                same += 1
            else:
                lines.append(
                    f"differ {entry['gold_id']} ({entry['about']}): {c1.get(key)!r} [{e1['file'][:12]}: {e1['contains'][:40]}]"
                    f" vs {c2.get(key)!r} [{e2['file'][:12]}: {e2['contains'][:40]}]")
    # Different quantities that collide: evidence of entries with different `about` in the same files.
    collide = compared = 0
    for (a, ca), (b, cb) in itertools.combinations(located, 2):
        if a["about"] == b["about"] or re.search(a["about"], b["about"]) or re.search(b["about"], a["about"]):
            continue
        for (_, x), (_, y) in itertools.product(ca, cb):
            if x is y or x.get("file") != y.get("file"):
                continue
            compared += 1
            if x.get(key) and x.get(key) == y.get(key):
                collide += 1
                lines.append(f"collide {a['gold_id']}/{b['gold_id']}: {x.get(key)!r}")
    claims_ok = 0
    for g in gold["claims"]:
        e = dict(g)
        c = find(e)
        fields = ["subject"] if key == "subject" else ["entity", "event", "counted"]
        frame = " ".join(filter(None, [c.get(f) for f in fields])) if c else ""
        if c and re.search(g["about"], frame + " " + " ".join(c.get("modifiers") or []), re.I):
            claims_ok += 1
        else:
            lines.append(f"claim {g['file'][:14]} {g['contains'][:50]!r} ({g['about']}): {frame or 'not found'}")
    if verbose:
        for line in lines:
            print(" -", line)
    print(f"same_key={same}/{total} split_key={collide}/{compared} claims={claims_ok}/{len(gold['claims'])} found={found}/{pieces}")


main()
