/// One sentence as the frame rules read it: its tokens, their tags and lemmas, and lookups of
/// lemma phrases in the frame lexicon.
struct FrameSentence {
    let t: TokenizedText
    let range: Range<Int>
    let lexicon: FrameLexicon
    let words: WordForms

    init(_ t: TokenizedText, sentence: Range<Int>, lexicon: FrameLexicon = .shared, words: WordForms? = nil) {
        self.t = t
        range = sentence
        self.lexicon = lexicon
        self.words = words ?? WordForms(t)
    }

    func contains(_ i: Int) -> Bool { range.contains(i) }
    /// Token `i`'s kind; nil outside the sentence.
    func kind(_ i: Int) -> TokenKind? { contains(i) ? t.kind(i) : nil }
    func isPunct(_ i: Int, _ c: UInt8) -> Bool { contains(i) && t.isPunct(i, c) }
    func spaceBefore(_ i: Int) -> Bool { contains(i) && t.spaceBefore(i) }
    func isWord(_ i: Int) -> Bool { contains(i) && t.isWord(i) }
    func tag(_ i: Int) -> PartOfSpeech? { contains(i) ? t.tag(i) : nil }
    /// Whether word `i` reads as a noun: tagged as one, or tagged as a verb while it can be a noun
    /// and is no past form (the tagger's commonest slip in noun compounds: `a peace plan`).
    func readsAsNoun(_ i: Int) -> Bool {
        guard let tag = tag(i) else { return false }
        return tag.isNominal || (tag == .verb && Lemmatizer.shared.canBeNounNotVerbForm(t.text(i)))
    }

    /// Token `i` in lower case; empty outside the sentence (every accessor is safe to call past its ends).
    func lower(_ i: Int) -> String { contains(i) ? words.form(i, .lower) : "" }

    /// The lemma of word `i`, lower case (`injuries` → injury, `was` → be, `shot` → shoot).
    func lemma(_ i: Int) -> String { contains(i) ? words.form(i, .lemma) : "" }

    /// The lemma of word `i` read as a `tag` (a noun's lemma of a word tagged as a verb).
    func lemma(_ i: Int, as tag: PartOfSpeech) -> String {
        guard contains(i) else { return "" }
        switch tag {
        case .noun: return words.form(i, .nounLemma)
        case .verb: return words.form(i, .verbLemma)
        default: return Lemmatizer.shared.lemma(t.text(i), tag).lowercased()
        }
    }

    /// Whether token `i` is a clause boundary: `;`, `:`, a dash, a bracket, or a sentence-internal `—`.
    func isBoundary(_ i: Int) -> Bool {
        guard contains(i), t.kind(i) == .punct else { return false }
        let text = t.text(i)
        return [";", ":", "—", "–", "(", ")", "[", "]", "•"].contains(text) || (text == "-" && t.spaceBefore(i))
    }

    /// The words of `first...last` (hyphens kept inside words), for lexicon phrases: each word's
    /// lemma, with its index.
    func words(_ first: Int, _ last: Int) -> [(index: Int, lemma: String)] {
        guard first <= last else { return [] }
        return (first...last).filter { isWord($0) }.map { ($0, lemma($0)) }
    }

    /// The entity concept named by the phrase of lexicon length ending at word `k` of `words`
    /// (longest first: `residential unit` before `unit`), with the index where it starts.
    func entity(endingAt k: Int, in words: [(index: Int, lemma: String)]) -> (FrameLexicon.Entity, start: Int)? {
        for length in stride(from: min(lexicon.longestEntry, k + 1), through: 1, by: -1) {
            for phrase in forms(words[(k - length + 1)...k]) {
                if let e = lexicon.entities[phrase] { return (e, words[k - length + 1].index) }
            }
        }
        return nil
    }

    /// A phrase's lexicon keys: its lemmas, its words as written, and its last word made singular
    /// by rule (WordNet lists `troops` and `forces` as nouns of their own; `armed forces`).
    func forms(_ slice: ArraySlice<(index: Int, lemma: String)>) -> [String] {
        let lemmas = slice.map(\.lemma).joined(separator: " ")
        let written = slice.map { lower($0.index) }
        var out = [lemmas]
        let asWritten = written.joined(separator: " ")
        if asWritten != lemmas { out.append(asWritten) }
        let singular = (written.dropLast() + [Lemmatizer.singular(written.last ?? "")]).joined(separator: " ")
        if !out.contains(singular) { out.append(singular) }
        return out
    }

    /// The event concept of the phrase ending at word `k` (`shoot down`, `death toll`, `injure`).
    func event(endingAt k: Int, in words: [(index: Int, lemma: String)], family: String?) -> String? {
        for length in stride(from: min(lexicon.longestEntry, k + 1), through: 1, by: -1) {
            for phrase in forms(words[(k - length + 1)...k]) {
                if let e = lexicon.event(phrase, family: family) { return e }
            }
        }
        return nil
    }

    /// The event concept of word `i` alone, read as tagged and as a noun or adjective too (`dead`,
    /// `missing`, `wounded`, `deaths`).
    func event(at i: Int, family: String?) -> String? {
        guard isWord(i) else { return nil }
        for lemma in [lemma(i), lower(i), lemma(i, as: .verb), lemma(i, as: .noun)] {
            if let e = lexicon.event(lemma, family: family) { return e }
        }
        return nil
    }
}

/// Each token's lower-case form and lemmas, computed once per word type however many figures'
/// frames read them (the frame rules look at the same words again and again, and news repeats its
/// words across articles): a cache keyed by the token's hash and the form, taken from a pool for
/// the article and given back after it.
final class WordForms {
    enum Form: UInt64 { case lower, lemma, nounLemma, verbLemma }

    let t: TokenizedText
    private let cache: Cache

    init(_ t: TokenizedText) {
        self.t = t
        cache = Self.pool.take() ?? Cache()
    }

    deinit { Self.pool.give(cache) }

    func form(_ i: Int, _ form: Form) -> String {
        // `lemma` depends on the token's tag; the other forms on its letters alone.
        let tag = t.tag(i) ?? .noun
        let code = form == .lemma ? 4 &+ UInt64(tag.rawValue) : form.rawValue
        let hash = t.hash(i)
        let key = hash ^ (code &* 0x9E37_79B9_7F4A_7C15)
        // Punctuation has no hash: computed each time.
        if hash != 0, let known = cache.forms[key] { return known }
        let value: String
        switch form {
        case .lower: value = t.text(i).lowercased()
        case .lemma: value = Lemmatizer.shared.lemma(t.text(i), tag == .propn ? .noun : tag).lowercased()
        case .nounLemma: value = Lemmatizer.shared.lemma(t.text(i), .noun).lowercased()
        case .verbLemma: value = Lemmatizer.shared.lemma(t.text(i), .verb).lowercased()
        }
        guard hash != 0 else { return value }
        if cache.forms.count >= Cache.limit { cache.forms.removeAll(keepingCapacity: true) }
        cache.forms[key] = value
        return value
    }

    final class Cache {
        /// Word types kept before the cache starts afresh.
        static let limit = 100_000
        var forms: [UInt64: String] = [:]
    }

    private static let pool = ReusePool<Cache>()
}
