import FactLedger
import Foundation

// Trains the part-of-speech tagger on Universal Dependencies English EWT and writes its weights,
// or scores a model on the treebank's dev or test split.
//
//     swift run -c release factledger-train-tagger ../shared/data/ud-english-ewt
//     swift run -c release factledger-train-tagger ../shared/data/ud-english-ewt --evaluate test
//
// Training is seeded and deterministic: the same treebank, seed and epochs give the same bytes.
// The weights carry the treebank's licence (CC BY-SA 4.0; Resources/LICENSES.md).

let usage = """
    usage: factledger-train-tagger TREEBANK_DIR [--epochs N] [--seed N] [--output FILE]
           factledger-train-tagger TREEBANK_DIR --evaluate dev|test [--model FILE] [--errors FILE]
           factledger-train-tagger TREEBANK_DIR --lemmas [--output FILE]
    """

struct Options {
    var treebank = "../shared/data/ud-english-ewt"
    var epochs = 12
    var seed: UInt64 = 42
    var output = "Sources/FactLedger/Language/Resources/tagger.bin"
    var evaluate: String?
    var model: String?
    /// Where `--evaluate` writes each wrongly tagged word (word, gold, guess, sentence).
    var errors: String?
    /// Make the treebank lemma table instead of the weights.
    var lemmas = false
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

func parse() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst().makeIterator()
    var positional: [String] = []
    while let a = args.next() {
        switch a {
        case "--epochs": o.epochs = args.next().flatMap(Int.init) ?? 0
        case "--seed": o.seed = args.next().flatMap(UInt64.init) ?? 0
        case "--output": o.output = args.next() ?? ""
        case "--evaluate": o.evaluate = args.next()
        case "--model": o.model = args.next()
        case "--errors": o.errors = args.next()
        case "--lemmas":
            o.lemmas = true
            if o.output.hasSuffix("tagger.bin") { o.output = "Sources/FactLedger/Language/Resources/treebank-lemmas.tsv" }
        case "-h", "--help":
            print(usage)
            exit(0)
        default:
            if a.hasPrefix("-") { fail("unknown option '\(a)'\n\(usage)") }
            positional.append(a)
        }
    }
    if let first = positional.first { o.treebank = first }
    guard o.epochs > 0, !o.output.isEmpty else { fail(usage) }
    if let e = o.evaluate, e != "dev", e != "test" { fail("--evaluate takes dev or test") }
    return o
}

func split(_ o: Options, _ name: String) -> [TreebankSentence] {
    do {
        return try CoNLLU.read("\(o.treebank)/en_ewt-ud-\(name).conllu")
    } catch {
        fail("\(error)")
    }
}

/// Accuracy of `tagger` on `sentences`, overall and on words unseen in `seen` (lower-cased).
func score(
    _ tagger: PartOfSpeechTagger, _ sentences: [TreebankSentence], seen: Set<String>, errors: inout [String]
) -> (Double, Double, Int) {
    var right = 0, all = 0, unseenRight = 0, unseen = 0
    for s in sentences {
        let tags = tagger.tag(s.forms)
        for (k, tag) in tags.enumerated() {
            all += 1
            let ok = tag == s.tags[k]
            if ok {
                right += 1
            } else {
                errors.append("\(s.forms[k])\t\(s.tags[k].name)\t\(tag.name)\t\(s.forms.joined(separator: " "))")
            }
            if !seen.contains(s.forms[k].lowercased()) {
                unseen += 1
                if ok { unseenRight += 1 }
            }
        }
    }
    return (Double(right) / Double(max(1, all)), Double(unseenRight) / Double(max(1, unseen)), all)
}

let options = parse()
let train = split(options, "train")

/// Lemma accuracy on the nouns, verbs and adjectives of `sentences` with gold tags.
func lemmaAccuracy(_ lemmatizer: Lemmatizer, _ sentences: [TreebankSentence]) -> Double {
    var right = 0, all = 0
    for s in sentences {
        for k in s.forms.indices where [.noun, .verb, .aux, .adj].contains(s.tags[k]) {
            all += 1
            if lemmatizer.lemma(s.forms[k], s.tags[k]) == s.lemmas[k].lowercased() { right += 1 }
        }
    }
    return Double(right) / Double(max(1, all))
}

if options.lemmas {
    // Where the treebank's majority lemma for a (word, tag) seen twice or more differs from the rules'.
    let rules = Lemmatizer(lexicon: .shared, treebank: "")
    var seenLemmas: [String: [String: Int]] = [:]
    for s in train {
        // Figures (`1,000` → 1000) are the number reader's business, not the lemmatizer's.
        for k in s.forms.indices where s.tags[k] != .propn && s.tags[k] != .num && !s.forms[k].contains(where: \.isNumber) {
            seenLemmas[s.forms[k].lowercased() + "\t" + s.tags[k].name, default: [:]][s.lemmas[k].lowercased(), default: 0] += 1
        }
    }
    var rows: [String] = []
    for (key, lemmas) in seenLemmas {
        let total = lemmas.values.reduce(0, +)
        let (best, count) = lemmas.max { ($0.value, $1.key) < ($1.value, $0.key) }!
        let parts = key.split(separator: "\t")
        guard total >= 2, count * 2 > total, let tag = PartOfSpeech(name: String(parts[1])) else { continue }
        if rules.ruleLemma(String(parts[0]), tag) != best { rows.append(key + "\t" + best) }
    }
    rows.sort()
    let text =
        "# word\tUPOS\tlemma: UD English EWT train's majority lemma where WordNet's rules differ (CC BY-SA 4.0)\n"
        + rows.map { $0 + "\n" }.joined()
    do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: options.output), options: .atomic)
    } catch {
        fail("cannot write '\(options.output)': \(error)")
    }
    let dev = split(options, "dev")
    let table = Lemmatizer(lexicon: .shared, treebank: text)
    print("wrote \(options.output) (\(rows.count) rows)")
    print(
        String(
            format: "dev lemma accuracy (nouns, verbs, adjectives; gold tags): rules %.4f, with the table %.4f",
            lemmaAccuracy(rules, dev), lemmaAccuracy(table, dev)))
    exit(0)
}
let seen = Set(train.flatMap { $0.forms.map { $0.lowercased() } })

if let which = options.evaluate {
    let tagger: PartOfSpeechTagger
    if let path = options.model {
        guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read '\(path)'") }
        do {
            tagger = PartOfSpeechTagger(model: try TaggerModel(bytes: [UInt8](data)), lexicon: .shared)
        } catch {
            fail("'\(path)': \(error)")
        }
    } else {
        guard let shared = PartOfSpeechTagger.shared else { fail("this build has no tagger model") }
        tagger = shared
    }
    var errors: [String] = []
    let (accuracy, unseen, words) = score(tagger, split(options, which), seen: seen, errors: &errors)
    if let path = options.errors {
        guard FileManager.default.createFile(atPath: path, contents: Data(errors.map { $0 + "\n" }.joined().utf8)) else {
            fail("cannot write '\(path)'")
        }
    }
    print(String(format: "%@: UPOS accuracy %.4f on %d words (%.4f on words unseen in train)", which, accuracy, words, unseen))
    exit(0)
}

// The tag dictionary: words seen at least 20 times, with one tag at least 97% of the time.
let tagCount = PartOfSpeech.allCases.count
var counts: [String: [Int]] = [:]
for s in train {
    for (form, tag) in zip(s.forms, s.tags) {
        counts[form, default: Array(repeating: 0, count: tagCount)][Int(tag.rawValue)] += 1
    }
}
var dictionary: [UInt64: UInt8] = [:]
var dictionaryForms: [String: Int] = [:]
for (form, c) in counts {
    let total = c.reduce(0, +)
    let best = c.indices.max { c[$0] < c[$1] }!
    if total >= 20, Double(c[best]) / Double(total) >= 0.97 {
        dictionary[TaggerWord(form, lexicon: nil).raw] = UInt8(best)
        dictionaryForms[form] = best
    }
}

// The closed-class lexicon: every function-word tag each (lower-cased) word had in train.
var closedClass: [UInt64: UInt32] = [:]
for s in train {
    for (form, tag) in zip(s.forms, s.tags) where TaggerFeatures.closedClassTags & (1 << UInt32(tag.rawValue)) != 0 {
        closedClass[TaggerWord(form, lexicon: nil).lower, default: 0] |= 1 << UInt32(tag.rawValue)
    }
}

let words = train.map { s in s.forms.map { TaggerWord($0, lexicon: .shared) } }
let perceptron = Perceptron(tagCount: tagCount)
var generator = SplitMix64(state: options.seed)
var order = Array(train.indices)
var features: [UInt64] = []
for epoch in 1...options.epochs {
    // Fisher–Yates with the seeded generator, written out so it never depends on the standard library's shuffle.
    for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, Int(generator.next() % UInt64(i + 1)))
    }
    var right = 0, all = 0
    for s in order {
        var prev = TaggerFeatures.startTag, prev2 = TaggerFeatures.startTag
        for i in train[s].forms.indices {
            let truth = Int(train[s].tags[i].rawValue)
            let guess: Int
            if let known = dictionaryForms[train[s].forms[i]] {
                guess = known
            } else {
                TaggerFeatures.all(words[s], i, prev: prev, prev2: prev2, into: &features)
                let closed = closedClass[words[s][i].lower] ?? 0
                guess = perceptron.predict(features) { TaggerFeatures.allows($0, closed: closed) }
                perceptron.update(truth: truth, guess: guess, features: features)
            }
            prev2 = prev
            prev = UInt8(guess)
            all += 1
            if guess == truth { right += 1 }
        }
    }
    print(String(format: "epoch %d: %.4f on train, %d features", epoch, Double(right) / Double(all), perceptron.featureCount))
}

let bytes = TaggerModel.serialise(
    weights: perceptron.averaged(), dictionary: dictionary, closedClass: closedClass, tagCount: tagCount)
do {
    try Data(bytes).write(to: URL(fileURLWithPath: options.output), options: .atomic)
} catch {
    fail("cannot write '\(options.output)': \(error)")
}
print(
    "wrote \(options.output) (\(bytes.count) bytes, \(dictionary.count) dictionary words, \(closedClass.count) closed-class words)"
)
let tagger = PartOfSpeechTagger(model: try! TaggerModel(bytes: bytes), lexicon: .shared)
var ignored: [String] = []
let (accuracy, unseen, devWords) = score(tagger, split(options, "dev"), seen: seen, errors: &ignored)
print(String(format: "dev: UPOS accuracy %.4f on %d words (%.4f on words unseen in train)", accuracy, devWords, unseen))
