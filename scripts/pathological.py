#!/usr/bin/env python3
"""Pathological articles, at full size, through the release binary.

    python3 scripts/pathological.py BIN [--scale 1.0]

For each kind of text it builds a file at half size and at full size, runs
`factledger extract --json` on both and checks: it finishes, the output is valid, every offset
slices back, time grows about linearly (full size at most 3x the half-size time, plus a little
for start-up) and peak memory stays bounded (under 40x the input, and under 2.5 GB). Then it
ingests the 50 MB article into a ledger, and twelve 5 MB articles in one run: ingest memory is
bounded by the largest articles in flight (at most 2.5x the peak of ingesting one of them), not
by the batch. The unit tests cover the same shapes at small sizes.
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import arg, measure  # noqa: E402

failures = []


def shapes(scale):
    mb = int(1_000_000 * scale)
    news = ("“We will not accept this,” the minister said on Tuesday. Russia launched 430 drones and nearly 20 missiles "
            "overnight, killing at least eight people, officials said. ")
    return {
        "50 MB article": lambda f: (news * int(50 * mb * f / len(news))),
        "1 MB paragraph, no punctuation": lambda f: "word " * int(mb * f / 5),
        "100,000 quote marks": lambda f: "“" * int(100_000 * f),
        "nested and unbalanced quotes": lambda f: "“a ‘b «c „d " * int(mb * f / 12),
        "every quote mark and dash": lambda f: "“‘«‹„‚「『〝❝❞〞』」›»’” \"'` ‐‑‒–—―⁃−﹘﹣－ 5–10 " * int(mb * f / 60),
        "right-to-left and emoji": lambda f: "قال الرئيس “نحن مستعدون” — 42 طائرة 👩🏽‍⚕️ 🇺🇦 שלום “ציטוט” " * int(mb * f / 90),
        "digits without end": lambda f: "1" * int(mb * f),
        "NUL bytes and escapes": lambda f: ("Officials said 40 people\u0000 were killed. “We\u001b[31m will rebuild,” "
                                            "he said. " * int(mb * f / 80)),
        "mostly control bytes": lambda f: "a\u0000b\u001b[31m\u0001\u0002 " * int(mb * f / 12),
    }


# Shapes that are not text: the expected result is a one-line refusal, not an extraction.
REFUSED = {"mostly control bytes"}


def check_output(out, path):
    """Counts quotes and claims, and checks every offset lies inside the text and, where the
    input has no control characters (so the stored text is the input), slices back to the text."""
    data = json.loads(out)
    text = open(path, encoding="utf-8").read()
    plain = not any(ord(c) < 32 and c not in "\n\t" for c in text)
    for article in data:
        for item in article["quotes"] + article["claims"]:
            if not 0 <= item["start"] <= item["end"] <= article["chars"]:
                raise ValueError(f"offset {item['start']}..{item['end']} outside {article['chars']}")
            if plain and text[item["start"]:item["end"]] != item["text"]:
                raise ValueError(f"offset {item['start']}..{item['end']} does not slice back to {item['text'][:40]!r}")
    return sum(len(x["quotes"]) for x in data), sum(len(x["claims"]) for x in data)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary = os.path.abspath(sys.argv[1])
    scale = float(arg("--scale", 1.0))
    work = tempfile.mkdtemp(prefix="factledger-patho-")
    for name, make in shapes(scale).items():
        timings = []
        for f in (0.5, 1.0):
            path = os.path.join(work, f"{name.replace(' ', '_').replace(',', '')}_{f}.txt")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(make(f))
            size = os.path.getsize(path)
            seconds, rss, code, out, err = measure([binary, "extract", "--json", path])
            if name in REFUSED:
                message = err.decode(errors="replace").strip()
                ok = code == 1 and message.count("\n") == 0 and message.startswith("error:")
                if not ok:
                    failures.append(name)
                print(f"{'ok  ' if ok else 'FAIL'} {name}: refused in {seconds:.2f} s: {message[:120]}")
                break
            if code != 0:
                failures.append(name)
                print(f"FAIL {name}: exit {code}: {err.decode(errors='replace')[:200]}")
                break
            try:
                quotes, claims = check_output(out, path)
            except ValueError as e:
                failures.append(name)
                print(f"FAIL {name}: {e}")
                break
            timings.append((size, seconds, rss, quotes, claims))
        if len(timings) < 2:
            continue
        (s1, t1, r1, _, _), (s2, t2, r2, q2, c2) = timings
        linear = t2 <= 3 * t1 + 0.5
        bounded = r2 < 200 + 64 * s2 / 1e6 and r2 < 4000
        ok = linear and bounded
        if not ok:
            failures.append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {s2 / 1e6:.1f} MB in {t2:.2f} s (half size {t1:.2f} s), "
              f"peak {r2:.0f} MB, {q2} quotes, {c2} claims")
    big = [p for p in os.listdir(work) if p.startswith("50_MB_article_1.0")]
    if big:
        ledger = os.path.join(work, "big.sqlite")
        seconds, rss, code, _, err = measure([binary, "--db", ledger, "ingest", "--quiet", os.path.join(work, big[0])])
        ok = code == 0
        if not ok:
            failures.append("ingest 50 MB")
        print(f"{'ok  ' if ok else 'FAIL'} ingest of the 50 MB article: {seconds:.1f} s, peak {rss:.0f} MB"
              + ("" if ok else f": {err.decode(errors='replace')[:200]}"))
    # Twelve large articles in one folder: one batch each, so the peak is about two articles' worth.
    news = shapes(scale)["50 MB article"]
    folder = os.path.join(work, "twelve")
    os.makedirs(folder)
    for i in range(12):
        with open(os.path.join(folder, f"big{i:02d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(f"Report number {i}. " + news(0.1))
    one_db, all_db = os.path.join(work, "one.sqlite"), os.path.join(work, "twelve.sqlite")
    _, rss_one, code_one, _, _ = measure([binary, "--db", one_db, "ingest", "--quiet", os.path.join(folder, "big00.txt")])
    seconds, rss_all, code_all, _, err = measure([binary, "--db", all_db, "ingest", "--quiet", folder])
    size = os.path.getsize(os.path.join(folder, "big00.txt")) / 1e6
    ok = code_one == 0 and code_all == 0 and rss_all <= 2.5 * rss_one
    if not ok:
        failures.append("ingest memory per batch")
    print(f"{'ok  ' if ok else 'FAIL'} ingest of twelve {size:.1f} MB articles: {seconds:.1f} s, peak {rss_all:.0f} MB "
          f"(one of them alone: {rss_one:.0f} MB)" + ("" if code_all == 0 else f": {err.decode(errors='replace')[:200]}"))
    if failures:
        sys.exit(f"{len(failures)} pathological case(s) failed: {', '.join(failures)}")


if __name__ == "__main__":
    main()
