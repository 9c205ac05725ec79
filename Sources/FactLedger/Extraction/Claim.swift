/// A figure an article states, with its interval, unit and what it counts or measures.
public struct Claim: Hashable, Sendable {
    /// The figure as written, qualifier included (`nearly 20`, `$100m`).
    public var text: String
    public var range: TextRange
    /// The sentence the figure stands in.
    public var sentence: TextRange
    /// A hash of the sentence's words (lower case, letters and digits), to recognise syndicated copies.
    public var sentenceHash: Int64 = 0
    /// The figure as stated.
    public var value: Double
    /// The interval the qualifier allows; nil where open.
    public var lower: Double?
    public var upper: Double?
    public var lowerInclusive: Bool
    public var upperInclusive: Bool
    /// The qualifier as written (`at least`, `nearly`), if any.
    public var qualifier: String?
    public var kind: ClaimKind
    /// ISO 4217 code for money, `%`, `year`, `hour`, `km`, …; nil for a plain count.
    public var unit: String?
    /// What is counted or measured, normalised: singular, lower case (`drone`, `people killed`).
    public var subject: String?
    /// Words of the event or subject the figure belongs to (`overnight attack kyiv`).
    public var context: String?
    /// The speaker as written, when the figure is said by someone (inside a quote or after `X said`).
    public var speakerAsWritten: String?
    /// Index into `Extraction.entities`.
    public var speaker: Int?
    /// Index into `Extraction.quotes` of the quotation holding the figure.
    public var quote: Int?
    /// The date the figure is about, ISO-8601, and how it was anchored.
    public var eventDate: String?
    public var eventDateBasis: EventDateBasis
    /// Index into `Extraction.claims` of the figure this one converts (`3.5bn SEK (£280m)`).
    public var converts: Int?
    /// What the figure measures: entity, event, modifiers, scope, place and actors.
    public var frame = ClaimFrame()

    public init(
        text: String, range: TextRange, sentence: TextRange, value: Double, lower: Double? = nil,
        upper: Double? = nil, lowerInclusive: Bool = true, upperInclusive: Bool = true,
        qualifier: String? = nil, kind: ClaimKind, unit: String? = nil, subject: String? = nil,
        context: String? = nil, speakerAsWritten: String? = nil, speaker: Int? = nil, quote: Int? = nil,
        eventDate: String? = nil, eventDateBasis: EventDateBasis = .unknown, converts: Int? = nil
    ) {
        self.text = text
        self.range = range
        self.sentence = sentence
        self.value = value
        self.lower = lower
        self.upper = upper
        self.lowerInclusive = lowerInclusive
        self.upperInclusive = upperInclusive
        self.qualifier = qualifier
        self.kind = kind
        self.unit = unit
        self.subject = subject
        self.context = context
        self.speakerAsWritten = speakerAsWritten
        self.speaker = speaker
        self.quote = quote
        self.eventDate = eventDate
        self.eventDateBasis = eventDateBasis
        self.converts = converts
    }
}

/// What sort of figure a claim is.
public enum ClaimKind: String, Hashable, Sendable, Codable, CaseIterable {
    case count, money, percent, ratio, duration, age, year, date
    /// A number naming a document (`the 28-point plan`): comparable, but not a count of things.
    case document
    /// A physical measure with a unit (km, tonnes, °C).
    case measure
}

/// How a claim's event date was found.
public enum EventDateBasis: String, Hashable, Sendable, Codable {
    /// The sentence names the date (`on 25 February`, `in 1996`).
    case explicit
    /// Relative to the published date (`overnight`, `on Tuesday`, `last week`).
    case relative
    /// Only the published date is known.
    case published
    case unknown
}
