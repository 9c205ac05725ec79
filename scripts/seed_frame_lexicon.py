#!/usr/bin/env python3
"""Lists WordNet candidates for the frame lexicon, for a person to review (development time only).

    apt-get install wordnet-base
    python3 scripts/seed_frame_lexicon.py [--wordnet /usr/share/wordnet] [FILE.tsv ...]

For every concept of the given lexicon tables (default: all of Sources/FactLedger/Extraction/
Frames/Lexicon/entity-*.tsv and event-*.tsv), looks up the lemmas already filed under it in
WordNet 3.0 and prints, as `concept<TAB>candidate<TAB>how it was found`, the one-word lemmas that
share their commonest sense (synonyms), that that sense names as a kind of them (direct hyponyms),
or that WordNet derives from them (`abolish` -> `abolition`), and that the table does not list
yet. Nothing is written: an entry goes into a table only with its reason, when the word names
that quantity in news generally (see the lexicon's README).
"""
import argparse, glob, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "Sources", "FactLedger", "Extraction", "Frames", "Lexicon")
POS = {"noun": "n", "verb": "v"}
WORD = re.compile(r"^[a-z][a-z-]*$")


def load_wordnet(wn):
    """Synsets by offset (per part of speech): lemmas and pointers; senses by lemma."""
    synsets, senses = {}, {}
    for name, p in POS.items():
        with open(os.path.join(wn, "data." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split(" | ")[0].split()
                offset, count = fields[0], int(fields[3], 16)
                lemmas = [fields[4 + 2 * k].lower() for k in range(count)]
                at = 4 + 2 * count
                pointers = []
                for k in range(int(fields[at])):
                    symbol, target, target_pos, source_target = fields[at + 1 + 4 * k: at + 5 + 4 * k]
                    pointers.append((symbol, target, target_pos.replace("s", "a"), source_target))
                synsets[(p, offset)] = (lemmas, pointers)
        with open(os.path.join(wn, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                senses[(fields[0], p)] = fields[-int(fields[2]):]
    return synsets, senses


def candidates(lemma, p, synsets, senses):
    """(word, how) for the synonyms and direct hyponyms (nouns) of a lemma's commonest sense, and
    the derivations of all its senses."""
    out = []
    for rank, offset in enumerate(senses.get((lemma.replace(" ", "_"), p), [])):
        lemmas, pointers = synsets[(p, offset)]
        if rank == 0:
            out += [(w, "synonym") for w in lemmas]
        for symbol, target, target_pos, source_target in pointers:
            if symbol == "~" and p == "n" and rank == 0:
                out += [(w, "kind of " + lemma) for w in synsets[("n", target)][0]]
            if symbol == "+" and target_pos in POS.values():
                # A lexical pointer names one lemma of the target synset (its 2-hex-digit index).
                index = int(source_target[2:], 16)
                words = synsets.get((target_pos, target), ([], []))[0]
                if 0 < index <= len(words):
                    out.append((words[index - 1], "derived from " + lemma))
    return [(w, how) for w, how in out if WORD.match(w) and w != lemma]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("tables", nargs="*")
    args = ap.parse_args()
    tables = args.tables or sorted(glob.glob(os.path.join(LEXICON, "entity-*.tsv")) + glob.glob(os.path.join(LEXICON, "event-*.tsv")))
    synsets, senses = load_wordnet(args.wordnet)
    for table in tables:
        p = "n" if os.path.basename(table).startswith("entity-") else "v"
        by_concept = {}
        for line in open(table, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            lemma, concept = line.rstrip("\n").split("\t")[:2]
            by_concept.setdefault(concept, set()).add(lemma)
        listed = set().union(*by_concept.values()) if by_concept else set()
        for concept, lemmas in sorted(by_concept.items()):
            seen = set()
            for lemma in sorted(lemmas):
                for word, how in candidates(lemma, p, synsets, senses):
                    if word not in listed and word not in seen:
                        seen.add(word)
                        try:
                            print(f"{os.path.basename(table)}\t{concept}\t{word}\t{how}")
                        except BrokenPipeError:
                            return 0


if __name__ == "__main__":
    sys.exit(main())
