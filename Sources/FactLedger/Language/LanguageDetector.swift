/// The language an article is written in, from how often each language's commonest function
/// words occur (the twenty or so words that make up a fifth of running text).
///
/// Reason: function words are frequent, short and distinct between the languages news arrives
/// in; a few hundred words decide. Returns an ISO 639-1 code (`en`, `es`, `pt`, `de`, `fr`, `it`,
/// `nl`, `pl`, `ru`, `uk`), or `und` when too few function words are found to tell.
public enum LanguageDetector {
    /// The language of `text`, reading at most its first 3,000 words.
    public static func language(of text: String) -> String { language(of: TokenizedText(text, tagger: nil)) }

    /// The language of a tokenized text, reading at most its first 3,000 words by their hashes
    /// (ASCII case folded; a capitalised non-ASCII function word is missed, which a few hundred
    /// words outweigh).
    static func language(of t: TokenizedText) -> String {
        var counts = [Int](repeating: 0, count: languages.count)
        var words = 0
        for token in t.tokens where token.kind == .word {
            words += 1
            if words > 3_000 { break }
            guard var mask = table[token.hash] else { continue }
            while mask != 0 {
                counts[mask.trailingZeroBitCount] += 1
                mask &= mask - 1
            }
        }
        // The most function words wins; a tie goes to the code first in alphabetical order.
        guard let best = counts.indices.max(by: { (counts[$0], languages[$1]) < (counts[$1], languages[$0]) }), counts[best] >= 3
        else { return "und" }
        return languages[best]
    }

    /// The languages, in a fixed order (bit `k` of `table`'s masks is `languages[k]`).
    static let languages = functionWords.keys.sorted()

    /// `WordHash` of a function word → the languages it belongs to, as a bit mask.
    static let table: [UInt64: UInt16] = {
        var table: [UInt64: UInt16] = [:]
        for (k, language) in languages.enumerated() {
            for word in functionWords[language] ?? [] { table[WordHash.of(word), default: 0] |= 1 << UInt16(k) }
        }
        return table
    }()

    static let functionWords: [String: Set<String>] = [
        "en": ["the", "and", "of", "to", "in", "is", "that", "was", "for", "with", "on", "it", "are", "by", "this", "have"],
        "es": ["el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "una", "con", "para", "es", "se", "al"],
        "pt": ["o", "a", "de", "que", "e", "do", "da", "em", "os", "não", "para", "com", "uma", "dos", "das", "ao"],
        "de": ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "ein", "eine", "auf", "dem", "im"],
        "fr": ["le", "la", "les", "et", "des", "est", "une", "du", "que", "pour", "dans", "en", "un", "sur", "qui", "au"],
        "it": ["il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono", "con", "gli", "le", "nel"],
        "nl": ["de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "ook", "aan", "werd"],
        "pl": ["i", "w", "na", "nie", "się", "z", "do", "że", "jest", "to", "o", "jak", "po", "od", "za", "przez"],
        "ru": ["и", "в", "на", "не", "что", "с", "по", "это", "из", "как", "к", "о", "от", "за", "для", "также"],
        "uk": ["і", "в", "на", "не", "що", "з", "та", "у", "до", "як", "це", "від", "за", "про", "для", "також"],
    ]
}
