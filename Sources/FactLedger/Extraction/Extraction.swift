/// What extraction finds in one article: quotations, numeric claims, the people and
/// organisations they come from, and diagnostics about text it could not make sense of.
///
/// All offsets count Unicode scalar values in `Article.text`, end exclusive.
public struct Extraction: Hashable, Sendable {
    public var quotes: [Quotation]
    public var claims: [Claim]
    /// Speakers named in the article; `Quotation.speaker` and `Claim.speaker` index this array.
    public var entities: [Entity]
    public var diagnostics: [Diagnostic]
    /// The article's language, as an ISO 639-1 code (`en`, `es`), or `und` when it could not be told.
    public var language: String

    public init(
        quotes: [Quotation] = [], claims: [Claim] = [], entities: [Entity] = [], diagnostics: [Diagnostic] = [],
        language: String = "en"
    ) {
        self.quotes = quotes
        self.claims = claims
        self.entities = entities
        self.diagnostics = diagnostics
        self.language = language
    }
}

/// A problem inside an article that extraction noted and worked around.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable { case warning, note }
    public var severity: Severity
    public var message: String
    public var range: TextRange?

    public init(_ severity: Severity, _ message: String, range: TextRange? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
    }
}

/// Whether a speaker is a person or an organisation (`the Kremlin`, `Downing Street`, `China`).
public enum SpeakerKind: String, Hashable, Sendable, Codable {
    case person, organisation
    /// Several people speaking as one: `Smith and Jones wrote`, `organizers said`, `the two senators said`.
    case group
}

/// A person or organisation an article names as a speaker.
public struct Entity: Hashable, Sendable {
    /// The fullest name the article gives (`Mark Rutte`), or nil when only a role is known.
    public var name: String?
    public var kind: SpeakerKind
    /// Every other form the article uses for it (`Mr Rutte`, `Rutte`, `Starner`).
    public var aliases: [String]
    /// Roles the article gives it (`Nato secretary general`), most specific first.
    public var roles: [String]
    /// For a spokesperson: the entity they speak for.
    public var speaksFor: Int?

    public init(name: String?, kind: SpeakerKind, aliases: [String] = [], roles: [String] = [], speaksFor: Int? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.speaksFor = speaksFor
    }
}
