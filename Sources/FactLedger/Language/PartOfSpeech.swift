/// A Universal Dependencies part-of-speech tag (UPOS, https://universaldependencies.org/u/pos/).
///
/// The raw values are the order of the tagger's weights; do not reorder.
public enum PartOfSpeech: UInt8, CaseIterable, Hashable, Sendable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as Universal Dependencies writes it (`NOUN`, `PROPN`).
    public var name: String { Self.names[Int(rawValue)] }

    /// The tag named `name` (`NOUN`), or nil for a name outside UPOS.
    public init?(name: String) {
        guard let i = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }

    static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",
        "VERB", "X",
    ]

    /// Nouns and proper nouns: what a noun phrase is headed by.
    public var isNominal: Bool { self == .noun || self == .propn }
    /// Verbs and auxiliaries.
    public var isVerbal: Bool { self == .verb || self == .aux }
}
