#!/usr/bin/env python3
"""Runs `factledger extract --numbers --json` over a numbers-eval JSONL file and writes the scorer's format.

    python3 scripts/numbers_eval.py BIN GOLD.jsonl PRED.jsonl [--score ARGS...]
    python3 scripts/numbers_eval.py BIN --all          # every required suite, with the issue's settings

Each case's input is written to a file and extracted without a ledger. Which recognized numbers
are predicted depends on the suite, as the recognizers the suites come from have one model per
kind of figure:
  numbers, duckling_numeral: every figure's value (not identifiers, dates, times, or measures with a
      unit of their own such as `29km`, which a number model does not report);
  currency, duckling_money: money only, value or interval, with the unit mapped to the suite's names;
  percent: percentages only;
  ranges: figures with an interval (a qualifier or two ends), as lower/upper;
  quantulum3_quantities: every figure, a range's value being its midpoint.
Deliberately unsupported: see the README ("Numbers the recognizer does not read").
"""
import json, os, re, subprocess, sys, tempfile

# The suites' unit names for our ISO codes; `$`-like generic writings have names of their own.
GENERIC = {"USD": "Dollar", "GBP": "Pound", "EUR": "Euro", "USX": "Cent", "GBX": "Pence", "CHF": "Franc",
           "INR": "Rupee", "SAR": "Riyal", "JPY": "Japanese yen", "MXN": "Peso", "NOK": "Krone", "TRY": "Lira"}
SPECIFIC = {"HKD": "Hong Kong dollar", "NZD": "New Zealand dollar", "TRY": "Turkish lira", "SGD": "Singapore dollar",
            "CRC": "Costa Rican colón", "GEL": "Georgian lari", "KWD": "Kuwaiti dinar", "RUB": "Russian ruble",
            "USD": "United States dollar", "GBP": "British pound", "EUR": "Euro", "JPY": "Japanese yen",
            "CNY": "Chinese yuan", "CAD": "Canadian dollar", "AUD": "Australian dollar", "MXN": "Mexican peso",
            "BTC": "Bitcoin", "SAT": "Satoshi", "FIM": "Finnish markka", "LAK": "Lao kip", "MYR": "Malaysian ringgit",
            "INR": "Indian rupee", "GBX": "Pence", "USX": "Cent", "CHF": "Swiss franc", "SEK": "Swedish krona",
            "ESP": "Peseta", "NLG": "Netherlands guilder"}
DUCKLING = {"USD": "USD", "GBP": "GBP", "EUR": "EUR", "USX": "Cent"}


def currency_name(n, suite):
    code = n.get("unit")
    if suite == "duckling_money":
        if not n.get("unit_specific") and code == "USD":
            return "Dollar"
        return code
    if code == "GBX" and (n.get("unit_written") or "").lower() in ("penny", "pennies"):
        return "Penny"
    if not n.get("unit_specific") and code in GENERIC:
        return GENERIC[code]
    return SPECIFIC.get(code, code)


def predictions(suite, numbers):
    out = []
    for n in numbers:
        if n.get("identifier") or n.get("ordinal") and suite != "ranges":
            continue
        kind = n.get("kind")
        item = {"text": n["text"], "start": n["start"], "end": n["end"]}
        if suite in ("numbers", "duckling_numeral"):
            # A number model reports `3` in `3 years` but not `29km`, nor dates.
            if kind == "date" or kind == "measure" and re.match(r"^[-\d.,]+[^\d\s.,]", n["text"]):
                continue
            item["value"] = n["value"]
        elif suite in ("currency", "duckling_money"):
            # Duckling reports a bare number as a latent amount of money ("Unnamed"); the currency model does not.
            if kind != "money" and not (suite == "duckling_money" and kind == "count" and not n.get("unit")):
                continue
            item["unit"] = currency_name(n, suite) if kind == "money" else "Unnamed"
            vague = (n.get("qualifier") or "").lower() in ("about", "around", "approximately", "some", "roughly", "~", "exactly",
                                                           "circa", "nearly", "almost", "just", "only", "")
            if suite == "duckling_money" and (n.get("range") or not vague) and (n.get("lower") is not None or n.get("upper") is not None):
                item["lower"], item["upper"] = n.get("lower"), n.get("upper")
            else:
                item["value"] = n["value"]
        elif suite == "percent":
            if kind != "percent":
                continue
            item["value"] = n["value"]
            item["unit"] = "%"
        elif suite == "ranges":
            if n.get("lower") is None and n.get("upper") is None:
                continue
            item["lower"], item["upper"] = n.get("lower"), n.get("upper")
        else:
            if kind == "date":
                continue
            item["value"] = n["value"]
        out.append(item)
    return out


def run(binary, gold_path, pred_path):
    suite = os.path.basename(gold_path).replace(".jsonl", "").replace("_quantities", "")
    suite = {"quantulum3": "quantulum3"}.get(suite, suite)
    cases = [json.loads(line) for line in open(gold_path, encoding="utf-8")]
    folder = tempfile.mkdtemp(prefix="factledger-numbers-eval-")
    for i, c in enumerate(cases):
        with open(os.path.join(folder, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(c["input"] if c["input"].strip() else c["input"] + ".")
    out = subprocess.run([binary, "extract", "--numbers", "--json", folder], capture_output=True, text=True)
    if out.returncode not in (0, 1) or not out.stdout.strip():
        sys.exit(f"{binary} extract failed on {gold_path} (exit {out.returncode}): {out.stderr[-800:]}")
    results = {os.path.basename(r["file"]): r for r in json.loads(out.stdout)}
    with open(pred_path, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases):
            r = results.get(f"{i:05d}.txt", {"numbers": []})
            f.write(json.dumps({"id": c["id"], "predicted": predictions(suite, r["numbers"])}) + "\n")


def main():
    args = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.path.join(here, "..", "..", "shared", "eval", "numbers", "score.py")
    if len(args) == 2 and args[1] == "--all":
        folder = os.path.join(here, "..", "..", "shared", "eval", "numbers")
        for name, extra in [("numbers", []), ("currency", ["--unit"]), ("percent", []), ("ranges", []),
                            ("quantulum3_quantities", []), ("duckling_numeral", []), ("duckling_money", [])]:
            gold = os.path.join(folder, name + ".jsonl")
            pred = os.path.join(tempfile.gettempdir(), f"factledger-{name}-pred.jsonl")
            run(args[0], gold, pred)
            subprocess.run([sys.executable, scorer, gold, pred, "--match", "value"] + extra, stderr=subprocess.DEVNULL)
        return
    if len(args) < 3:
        sys.exit(__doc__)
    run(args[0], args[1], args[2])
    if "--score" in args:
        subprocess.run([sys.executable, scorer, args[1], args[2]] + args[args.index("--score") + 1:])


if __name__ == "__main__":
    main()
