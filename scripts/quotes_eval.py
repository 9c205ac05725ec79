#!/usr/bin/env python3
"""Runs `factledger extract --json` over a quotes-eval JSONL file and writes the scorer's prediction format.

    python3 scripts/quotes_eval.py BIN GOLD.jsonl PRED.jsonl [--partial-as clause|quote] [--score ARGS...]

Each document's text is written to a temporary folder and extracted without a ledger. A quote's
`speaker` is its canonical speaker, else the speaker as written. Offsets are code points into the
text FactLedger stored; when normalisation changed the text's length they are left out and the
scorer locates the quote by its text instead.

Partial quotes (a few quoted words inside reported speech) are written as their reported clause
(`that he was “troubled” by …`) with `--partial-as clause` (the default), which is what PolNeAR's
"mixed" fragments annotate; `--partial-as quote` writes only the quoted words.

With --score, the rest of the arguments are passed to ../shared/eval/quotes/score.py after GOLD and PRED.
"""
import json, os, subprocess, sys, tempfile


def main():
    args = sys.argv[1:]
    if len(args) < 3:
        sys.exit(__doc__)
    binary, gold_path, pred_path = args[:3]
    rest = args[3:]
    partial_as = "clause"
    if "--partial-as" in rest:
        i = rest.index("--partial-as")
        partial_as = rest[i + 1]
        del rest[i:i + 2]
    score_args = None
    if "--score" in rest:
        i = rest.index("--score")
        score_args = rest[i + 1:]
    docs = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    folder = tempfile.mkdtemp(prefix="factledger-quotes-eval-")
    for n, d in enumerate(docs):
        with open(os.path.join(folder, f"{n:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(d["text"])
    out = subprocess.run([binary, "extract", "--json", folder], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"extract failed: {out.stderr[:500]}")
    results = {os.path.basename(r["file"]): r for r in json.loads(out.stdout)}
    with open(pred_path, "w", encoding="utf-8") as f:
        for n, d in enumerate(docs):
            r = results.get(f"{n:05d}.txt", {"quotes": [], "chars": -1})
            exact = r.get("chars") == len(d["text"])
            quotes = []
            for q in r["quotes"]:
                start, end = q["start"], q["end"]
                if partial_as == "clause" and q["kind"] == "partial" and q.get("clause_start") is not None:
                    start, end = q["clause_start"], q["clause_end"]
                item = {"quote": d["text"][start:end] if exact else q["text"], "speaker": q.get("speaker") or q.get("speaker_as_written")}
                if exact:
                    item["start"], item["end"] = start, end
                quotes.append(item)
            f.write(json.dumps({"id": d["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
    if score_args is not None:
        scorer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "quotes", "score.py")
        subprocess.run([sys.executable, scorer, gold_path, pred_path] + score_args, check=True)


if __name__ == "__main__":
    main()
