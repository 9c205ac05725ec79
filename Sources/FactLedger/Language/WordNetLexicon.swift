/// WordNet's words, their parts of speech, its irregular forms and the derivational links between
/// verbs and nouns, from the tables `scripts/make_language_tables.py` makes out of WordNet 3.0
/// (Princeton University; the WordNet 3.0 licence is in `Resources/LICENSES.md`).
///
/// Used by the tagger (which parts of speech a word can have is one of its features), by the
/// lemmatizer (a suffix rule is accepted when it gives a WordNet word) and by claim frames
/// (`injured` and `injuries` meet through `injure`–`injury`).
public final class WordNetLexicon: Sendable {
    /// Parts of speech as WordNet has them.
    public struct Mask: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let noun = Mask(rawValue: 1)
        public static let verb = Mask(rawValue: 2)
        public static let adjective = Mask(rawValue: 4)
        public static let adverb = Mask(rawValue: 8)
    }

    /// The lexicon built into the library, loaded on first use.
    public static let shared = WordNetLexicon(
        words: LanguageResources.bytes("wordnet-words.tsv"), exceptions: LanguageResources.bytes("wordnet-exceptions.tsv"),
        derivations: LanguageResources.bytes("derivations.tsv"))

    /// One lemma's parts of speech, and how often SemCor tags its senses as each (16 bits per
    /// `Mask` bit, noun lowest).
    private struct Lemma {
        var mask: UInt8
        var counts: UInt64
        /// One of the noun's senses is a person (WordNet's noun.person: `miner`, `climber`).
        var isPerson: Bool
    }

    /// `WordHash` of each lemma → what WordNet has of it.
    private let words: [UInt64: Lemma]
    /// `WordHash` of an irregular form → (part of speech, base form) pairs.
    private let exceptions: [UInt64: [(Mask, String)]]
    private let nounsOfVerb: [String: [String]]
    private let verbsOfNoun: [String: [String]]

    /// Builds the lexicon from the three tab-separated tables (lines starting with `#` are comments).
    init(words: [UInt8], exceptions: [UInt8], derivations: [UInt8]) {
        var table: [UInt64: Lemma] = [:]
        table.reserveCapacity(80_000)
        LanguageResources.forEachRow(words) { f in
            guard f.count >= 2 else { return }
            var mask: UInt8 = 0
            for b in f[1] { mask |= Self.bit(b) }
            // `9,50` for `nv`: one count per letter, in the letters' order.
            var packed: UInt64 = 0
            if f.count >= 3 {
                var k = 0
                var n: UInt64 = 0
                for (j, b) in f[2].enumerated() {
                    if b != 0x2C { n = n &* 10 &+ UInt64(b &- 0x30) }
                    if b == 0x2C || j == f[2].count - 1 {
                        if k < f[1].count { packed |= min(n, 0xFFFF) << UInt64(Self.bit(f[1][k]).trailingZeroBitCount * 16) }
                        k += 1
                        n = 0
                    }
                }
            }
            let person = f.count >= 4 && f[3].elementsEqual("person".utf8)
            table[WordHash.of(f[0])] = Lemma(mask: mask, counts: packed, isPerson: person)
        }
        self.words = table
        var exc: [UInt64: [(Mask, String)]] = [:]
        LanguageResources.forEachRow(exceptions) { f in
            guard f.count >= 3, let letter = f[1].first else { return }
            exc[WordHash.of(f[0]), default: []].append((Mask(rawValue: Self.bit(letter)), String(utf8: f[2])))
        }
        self.exceptions = exc
        var nouns: [String: [String]] = [:], verbs: [String: [String]] = [:]
        LanguageResources.forEachRow(derivations) { f in
            guard f.count >= 2 else { return }
            let verb = String(utf8: f[0]), noun = String(utf8: f[1])
            nouns[verb, default: []].append(noun)
            verbs[noun, default: []].append(verb)
        }
        nounsOfVerb = nouns
        verbsOfNoun = verbs
    }

    /// The `Mask` bit of a part-of-speech letter (`n`, `v`, `a`, `r`).
    private static func bit(_ letter: UInt8) -> UInt8 {
        switch letter {
        case 0x6E: Mask.noun.rawValue
        case 0x76: Mask.verb.rawValue
        case 0x61: Mask.adjective.rawValue
        case 0x72: Mask.adverb.rawValue
        default: 0
        }
    }

    // MARK: - Lookups

    /// The parts of speech WordNet lists `lemma` (lower case) under.
    public func partsOfSpeech(lemma: String) -> Mask { Mask(rawValue: words[WordHash.of(lemma)]?.mask ?? 0) }

    /// The parts of speech of a word form (`injuries`: noun; `fell`: noun and verb), by `mask`.
    public func partsOfSpeech(of word: String) -> Mask {
        var word = word
        return Mask(rawValue: word.withUTF8 { mask($0) })
    }

    /// The parts of speech of a word form: its own, its irregular base forms' and those its regular
    /// inflections reach (WordNet's `morphy`: `injuries` → injury, noun; `abolished` → abolish, verb).
    func mask(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let n = bytes.count
        guard n > 0, n < 40 else { return 0 }
        // Running hashes of the lower-cased prefixes, so each rule costs a few steps.
        var prefix = [UInt64](repeating: WordHash.basis, count: n + 1)
        for i in 0..<n { prefix[i + 1] = WordHash.step(prefix[i], bytes[i]) }
        var mask = words[prefix[n]]?.mask ?? 0
        if let irregular = exceptions[prefix[n]] { for (pos, _) in irregular { mask |= pos.rawValue } }
        for rule in Self.rules where mask & rule.pos.rawValue == 0 && n > rule.suffix.count + 1 {
            guard Self.hasSuffix(bytes, rule.suffix) else { continue }
            var h = prefix[n - rule.suffix.count]
            for b in rule.replacement { h = WordHash.step(h, b) }
            if let m = words[h]?.mask, m & rule.pos.rawValue != 0 { mask |= rule.pos.rawValue }
        }
        return mask
    }

    /// How often SemCor tags the senses of `lemma` as a `pos` (a single part of speech).
    public func frequency(_ lemma: String, _ pos: Mask) -> Int {
        Int((words[WordHash.of(lemma)]?.counts ?? 0) >> UInt64(pos.rawValue.trailingZeroBitCount * 16) & 0xFFFF)
    }

    /// Base forms of `word` (lower case) as a `pos`, best first: its irregular base forms
    /// (`geese` → goose), else the word itself and what the suffix rules give where WordNet lists
    /// them, the one SemCor tags most often first (`hated` → hate, not hat), then the shortest.
    public func baseForms(_ word: String, _ pos: Mask) -> [String] {
        let irregular = (exceptions[WordHash.of(word)] ?? []).filter { $0.0.contains(pos) }.map(\.1)
        if !irregular.isEmpty { return irregular }
        var out: [String] = []
        if partsOfSpeech(lemma: word).contains(pos) { out.append(word) }
        for rule in Self.rules where rule.pos == pos && word.utf8.count > rule.suffix.count + 1 && word.hasSuffix(rule.suffixText)
        {
            let base = String(word.dropLast(rule.suffixText.count)) + rule.replacementText
            if partsOfSpeech(lemma: base).contains(pos), !out.contains(base) { out.append(base) }
        }
        let ranked = out.enumerated().map {
            (frequency: frequency($0.element, pos), length: $0.element.count, order: $0.offset, form: $0.element)
        }
        return ranked.sorted { (-$0.frequency, $0.length, $0.order) < (-$1.frequency, $1.length, $1.order) }.map(\.form)
    }

    /// Whether the noun `lemma` (lower case) has a sense WordNet files as a person (`miner`,
    /// `climber`, `official`; not `mine`, not `car`). Callers narrow it by context: a casualty.
    public func isPerson(_ lemma: String) -> Bool { words[WordHash.of(lemma)]?.isPerson ?? false }

    /// Whether `word` (lower case) is one of WordNet's irregular forms of a `pos` (`fell` of fall).
    public func isIrregularForm(_ word: String, _ pos: Mask) -> Bool {
        (exceptions[WordHash.of(word)] ?? []).contains { $0.0.contains(pos) }
    }

    /// Nouns WordNet derives from the verb `lemma` (`injure` → injury; `kill` → killing, killer).
    public func nouns(ofVerb lemma: String) -> [String] { nounsOfVerb[lemma] ?? [] }

    /// Verbs WordNet derives the noun `lemma` from (`injury` → injure; `abolition` → abolish).
    public func verbs(ofNoun lemma: String) -> [String] { verbsOfNoun[lemma] ?? [] }

    // MARK: - Morphy's rules

    struct Rule {
        let pos: Mask
        let suffixText: String
        let replacementText: String
        let suffix: [UInt8]
        let replacement: [UInt8]

        init(pos: Mask, suffixText: String, replacementText: String) {
            self.pos = pos
            self.suffixText = suffixText
            self.replacementText = replacementText
            suffix = Array(suffixText.utf8)
            replacement = Array(replacementText.utf8)
        }
    }

    /// WordNet's detachment rules (morphy(7WN)), in its order.
    static let rules: [Rule] = {
        func r(_ pos: Mask, _ pairs: [(String, String)]) -> [Rule] {
            pairs.map { Rule(pos: pos, suffixText: $0.0, replacementText: $0.1) }
        }
        return r(
            .noun,
            [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")])
            + r(.verb, [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")])
            + r(.adjective, [("er", ""), ("est", ""), ("er", "e"), ("est", "e")])
    }()

    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        let n = bytes.count, k = suffix.count
        guard n >= k else { return false }
        for j in 0..<k {
            let b = bytes[n - k + j]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != suffix[j] { return false }
        }
        return true
    }
}
