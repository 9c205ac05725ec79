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

        init(letters: Substring) {
            var m: Mask = []
            for c in letters {
                switch c {
                case "n": m.insert(.noun)
                case "v": m.insert(.verb)
                case "a": m.insert(.adjective)
                case "r": m.insert(.adverb)
                default: break
                }
            }
            self = m
        }
    }

    /// The lexicon built into the library, loaded on first use.
    public static let shared = WordNetLexicon(
        words: LanguageResources.text("wordnet-words.tsv"), exceptions: LanguageResources.text("wordnet-exceptions.tsv"),
        derivations: LanguageResources.text("derivations.tsv"))

    /// `WordHash` of each lemma → its parts of speech.
    private let words: [UInt64: UInt8]
    /// `WordHash` of each lemma → how often SemCor tags its senses, 16 bits per `Mask` bit (noun lowest).
    private let counts: [UInt64: UInt64]
    /// `WordHash` of an irregular form → (part of speech, base form) pairs.
    private let exceptions: [UInt64: [(Mask, String)]]
    private let nounsOfVerb: [String: [String]]
    private let verbsOfNoun: [String: [String]]

    /// Builds the lexicon from the three tab-separated tables (lines starting with `#` are comments).
    init(words: String, exceptions: String, derivations: String) {
        var table: [UInt64: UInt8] = [:]
        var counts: [UInt64: UInt64] = [:]
        table.reserveCapacity(80_000)
        for row in Self.rows(words) where row.count >= 2 {
            let key = WordHash.of(String(row[0]))
            table[key] = Mask(letters: row[1]).rawValue
            guard row.count >= 3 else { continue }
            var packed: UInt64 = 0
            for (letter, count) in zip(row[1], row[2].split(separator: ",")) {
                let shift = UInt64(Mask(letters: Substring(String(letter))).rawValue.trailingZeroBitCount * 16)
                packed |= UInt64(min(0xFFFF, Int(count) ?? 0)) << shift
            }
            counts[key] = packed
        }
        self.words = table
        self.counts = counts
        var exc: [UInt64: [(Mask, String)]] = [:]
        for row in Self.rows(exceptions) where row.count >= 3 {
            exc[WordHash.of(String(row[0])), default: []].append((Mask(letters: row[1]), String(row[2])))
        }
        self.exceptions = exc
        var nouns: [String: [String]] = [:], verbs: [String: [String]] = [:]
        for row in Self.rows(derivations) where row.count >= 2 {
            nouns[String(row[0]), default: []].append(String(row[1]))
            verbs[String(row[1]), default: []].append(String(row[0]))
        }
        nounsOfVerb = nouns
        verbsOfNoun = verbs
    }

    private static func rows(_ text: String) -> [[Substring]] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t") }
    }

    // MARK: - Lookups

    /// The parts of speech WordNet lists `lemma` (lower case) under.
    public func partsOfSpeech(lemma: String) -> Mask { Mask(rawValue: words[WordHash.of(lemma)] ?? 0) }

    /// The parts of speech of a word form: its own, its irregular base forms' and those its regular
    /// inflections reach (WordNet's `morphy`: `injuries` → injury, noun; `abolished` → abolish, verb).
    func mask(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let n = bytes.count
        guard n > 0, n < 40 else { return 0 }
        // Running hashes of the lower-cased prefixes, so each rule costs a few steps.
        var prefix = [UInt64](repeating: WordHash.basis, count: n + 1)
        for i in 0..<n { prefix[i + 1] = WordHash.step(prefix[i], bytes[i]) }
        var mask = words[prefix[n]] ?? 0
        if let irregular = exceptions[prefix[n]] { for (pos, _) in irregular { mask |= pos.rawValue } }
        for rule in Self.rules where mask & rule.pos.rawValue == 0 && n > rule.suffix.count + 1 {
            guard Self.hasSuffix(bytes, rule.suffix) else { continue }
            var h = prefix[n - rule.suffix.count]
            for b in rule.replacement { h = WordHash.step(h, b) }
            if let m = words[h], m & rule.pos.rawValue != 0 { mask |= rule.pos.rawValue }
        }
        return mask
    }

    /// How often SemCor tags the senses of `lemma` as a `pos` (a single part of speech).
    public func frequency(_ lemma: String, _ pos: Mask) -> Int {
        Int((counts[WordHash.of(lemma)] ?? 0) >> UInt64(pos.rawValue.trailingZeroBitCount * 16) & 0xFFFF)
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
