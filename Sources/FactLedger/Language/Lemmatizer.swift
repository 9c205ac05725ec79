/// The dictionary form of a word given its part of speech: `injured` VERB → injure, `injuries`
/// NOUN → injury, `scrapped` → scrap, `was` → be, `apartments` → apartment.
///
/// In order: the treebank's lemmas where they differ from what the rules give (`Resources/
/// treebank-lemmas.tsv`, made from UD English EWT's lemma column by `factledger-train-tagger
/// --lemmas`), WordNet's irregular forms (`geese` → goose, `ran` → run), WordNet's suffix rules
/// where they give a WordNet word (morphy), then plain suffix rules for words WordNet lacks.
/// Lemmas are lower case; proper nouns keep their form.
public struct Lemmatizer: Sendable {
    let lexicon: WordNetLexicon
    /// (`WordHash` of the lower-cased word, tag) → lemma.
    private let treebank: [Key: String]

    struct Key: Hashable {
        var word: UInt64
        var tag: PartOfSpeech
    }

    /// The lemmatizer built into the library.
    public static let shared = Lemmatizer(lexicon: .shared, treebank: LanguageResources.text("treebank-lemmas.tsv"))

    /// A lemmatizer with `lexicon` and a treebank table of `word TAB UPOS TAB lemma` lines.
    public init(lexicon: WordNetLexicon, treebank: String) {
        self.lexicon = lexicon
        var table: [Key: String] = [:]
        for line in treebank.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count >= 3, let tag = PartOfSpeech(name: String(f[1])) else { continue }
            table[Key(word: WordHash.of(String(f[0])), tag: tag)] = String(f[2])
        }
        self.treebank = table
    }

    /// The lemma of `word` tagged `tag`.
    public func lemma(_ word: String, _ tag: PartOfSpeech) -> String {
        if tag == .propn { return word }
        let lower = word.lowercased()
        if let known = treebank[Key(word: WordHash.of(lower), tag: tag)] { return known }
        return ruleLemma(lower, tag)
    }

    /// The lemma from WordNet and the suffix rules alone (what the treebank table corrects).
    public func ruleLemma(_ lower: String, _ tag: PartOfSpeech) -> String {
        switch tag {
        case .noun:
            return lexicon.baseForms(lower, .noun).first ?? Self.singular(lower)
        case .verb, .aux:
            return lexicon.baseForms(lower, .verb).first ?? Self.verbBase(lower)
        case .adj:
            return lexicon.baseForms(lower, .adjective).first ?? lower
        default:
            return lower
        }
    }

    /// The verb a noun names the act or state of (`injury` → injure, `abolition` → abolish), and
    /// the noun itself when it is also a verb (`attack`); nil when WordNet links none.
    public func verb(ofNoun lemma: String) -> String? {
        if lexicon.partsOfSpeech(lemma: lemma).contains(.verb) { return lemma }
        return lexicon.verbs(ofNoun: lemma).first
    }

    /// Whether `word` can be a noun and is not a past or progressive form of a verb: `plan`,
    /// `attack`, `reports` yes; `married`, `deployed`, `fell` (of fall) no. For second-guessing a
    /// verb tag on a word inside a noun phrase.
    public func canBeNounNotVerbForm(_ word: String) -> Bool {
        let lower = word.lowercased()
        guard lexicon.partsOfSpeech(of: lower).contains(.noun) else { return false }
        if lexicon.isIrregularForm(lower, .verb) { return false }
        if lower.hasSuffix("ed") || lower.hasSuffix("ing") { return lexicon.baseForms(lower, .verb).isEmpty }
        return true
    }

    // MARK: - Rules for words WordNet lacks

    /// `drones` → drone, `casualties` → casualty, `boxes` → box; words ending in `ss`, `us`, `is` stay.
    static func singular(_ w: String) -> String {
        guard w.count > 3, !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return w }
        if w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        for suffix in ["sses", "xes", "ches", "shes", "zes"] where w.hasSuffix(suffix) { return String(w.dropLast(2)) }
        if w.hasSuffix("s") { return String(w.dropLast()) }
        return w
    }

    /// `deployed` → deploy, `shelled` → shell, `scrapping` → scrap, `targets` → target.
    static func verbBase(_ w: String) -> String {
        func undouble(_ stem: String) -> String {
            let s = Array(stem)
            if s.count >= 3, s[s.count - 1] == s[s.count - 2], !"lsz".contains(s[s.count - 1]), !"aeiou".contains(s[s.count - 1])
            {
                return String(s.dropLast())
            }
            return stem
        }
        if w.hasSuffix("ied"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("ed"), w.count > 4 { return undouble(String(w.dropLast(2))) }
        if w.hasSuffix("ing"), w.count > 5 { return undouble(String(w.dropLast(3))) }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("es"), w.count > 4, ["sh", "ch", "ss", "x", "z"].contains(where: { w.dropLast(2).hasSuffix($0) }) {
            return String(w.dropLast(2))
        }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { return String(w.dropLast()) }
        return w
    }
}
