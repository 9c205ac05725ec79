/// The language layer's reading of one text: sentences, tokens with their part of speech and
/// lemma, noun phrases and classed names. Offsets count Unicode scalars, end exclusive, as the
/// ledger stores them.
public struct LanguageAnalysis: Hashable, Sendable {
    public struct Token: Hashable, Sendable {
        public var text: String
        public var range: TextRange
        public var tag: PartOfSpeech
        public var lemma: String
    }

    public struct Name: Hashable, Sendable {
        public var text: String
        public var range: TextRange
        public var nameClass: NameClass
        /// The role or title written before a person's name (`Commissioner of Police`).
        public var role: String?
    }

    public struct Phrase: Hashable, Sendable {
        public var text: String
        public var range: TextRange
        /// The head noun's lemma (`official` in `the two senior Ukrainian officials`).
        public var head: String
    }

    public var sentences: [TextRange]
    public var tokens: [Token]
    public var nounPhrases: [Phrase]
    public var names: [Name]

    /// Analyses `text` with the library's tagger and lexicons.
    public init(text: String) {
        let t = TokenizedText(text)
        self.init(t)
    }

    init(_ t: TokenizedText) {
        func range(_ a: Int, _ b: Int) -> TextRange {
            let o = t.scalarOffsets([Int(t.tokens[a].start), Int(t.tokens[b].end)])
            return TextRange(o[0], o[1])
        }
        sentences = t.sentences.map { range($0.lowerBound, $0.upperBound - 1) }
        let lemmatizer = Lemmatizer.shared
        var tokens: [Token] = []
        for s in t.sentences {
            for i in s {
                let tag = t.tag(i) ?? .x
                let text = t.text(i)
                tokens.append(Token(text: text, range: range(i, i), tag: tag, lemma: lemmatizer.lemma(text, tag)))
            }
        }
        self.tokens = tokens
        nounPhrases = t.sentences.flatMap { s in
            NounPhraseChunker.chunks(in: t, sentence: s).map { np in
                let head = t.text(np.head)
                return Phrase(
                    text: t.text(tokens: np.first, through: np.last), range: range(np.first, np.last),
                    head: lemmatizer.lemma(head, t.tag(np.head) ?? .noun))
            }
        }
        names = NameClassifier.names(in: t).map { n in
            Name(
                text: t.text(tokens: n.first, through: n.last), range: range(n.first, n.last), nameClass: n.nameClass,
                role: n.role.map { t.text(tokens: $0.lowerBound, through: $0.upperBound) })
        }
    }
}
