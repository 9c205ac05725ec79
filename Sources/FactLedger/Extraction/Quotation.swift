/// A quotation found in an article.
public struct Quotation: Hashable, Sendable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// Where the quoted words stand (marks excluded).
    public var range: TextRange
    public var kind: QuoteKind
    /// The verb or phrase that introduces it (`said`, `told reporters`, `warning`).
    public var cue: String?
    /// The speaker as the article writes it at this quote (`Mr Rutte`, `he`, `the Russian leader`).
    public var speakerAsWritten: String?
    public var speakerRange: TextRange?
    /// Index into `Extraction.entities`, or nil when the quote has no resolvable speaker.
    public var speaker: Int?
    /// Pieces of one utterance split by their attribution share this number.
    public var utterance: Int
    /// For a partial quote, the reported clause it stands in (`that Russia is “ready for war”`).
    public var clause: TextRange?

    public init(
        text: String, range: TextRange, kind: QuoteKind, cue: String? = nil, speakerAsWritten: String? = nil,
        speakerRange: TextRange? = nil, speaker: Int? = nil, utterance: Int = 0, clause: TextRange? = nil
    ) {
        self.text = text
        self.range = range
        self.kind = kind
        self.cue = cue
        self.speakerAsWritten = speakerAsWritten
        self.speakerRange = speakerRange
        self.speaker = speaker
        self.utterance = utterance
        self.clause = clause
    }
}

/// How a quotation is written.
public enum QuoteKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Whole sentences in quotation marks.
    case direct
    /// A few quoted words inside reported speech: `called his comments “Kremlin claptrap”`.
    case partial
    /// Introduced by a colon without quotation marks, as live blogs write them.
    case colon
    /// Reported speech without quotation marks.
    case reported
}
