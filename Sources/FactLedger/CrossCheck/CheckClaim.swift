import Foundation

/// A claim as the cross-checker reads it: its figure, its frame and where it was published. The
/// ledger streams these in (`Ledger.check`); tests build them directly (`CheckClaim(id:…)`), so
/// every rule of the checker runs without a database. A class, immutable: the checker passes
/// claims around by the million, and a reference costs one retain where a copy of the fields
/// cost one per string.
final class CheckClaim: Sendable {
    let id: Int64
    let articleId: Int64
    /// What the versions of the article share (its URL, else its path): one source.
    let sourceKey: String
    let outlet: String?
    /// `outlet` folded (case and accents aside), for telling sources apart.
    let outletKey: String?
    /// The article's published date as stored (ISO-8601), and as days since 1970-01-01.
    let published: String?
    let publishedDay: Int32?

    let kind: ClaimKind
    let unit: String?
    /// The figure as stated, and the interval its qualifier makes of it.
    let value: Double
    let interval: Interval
    /// The figure as written (`nearly 300`) and its qualifier.
    let text: String
    let qualifier: String?
    /// The qualifier makes the figure approximate (`about`, `nearly`: `Confidence.isApproximate`).
    let isApproximate: Bool

    /// The blocking key: unit family and measure key (`count|people|killed||`); see `SubjectKey`.
    let blockKey: String
    /// The frame (see `ClaimFrame`).
    let entity: String?
    let event: String?
    let place: String?
    /// The gazetteer's view of `place`, looked up once.
    let placeInfo: SameEvent.PlaceInfo?
    let actors: [String]
    /// `actors` folded (case and accents aside), for comparing.
    let actorKeys: [String]
    /// Nationalities among the frame's modifiers (`ukraine` for `Ukrainian armed forces`).
    let nationalities: [String]
    /// A readable phrase for the measure (`people killed`).
    let subject: String?

    /// The day the figure is about, as days since 1970-01-01, and how the text anchored it.
    let eventDay: Int32?
    let eventBasis: EventDateBasis
    /// Context markers two comparable claims must share (`@week`, `@2030`, `@part`).
    let markers: [String]
    /// Hash of the claim's sentence: copies of one sentence are one report.
    let sentenceHash: Int64
    let speaker: String?

    init(
        id: Int64, articleId: Int64, sourceKey: String? = nil, outlet: String? = nil, published: String? = nil,
        kind: ClaimKind = .count,
        unit: String? = nil, value: Double, interval: Interval? = nil, text: String? = nil, qualifier: String? = nil,
        blockKey: String, entity: String? = nil, event: String? = nil, place: String? = nil, actors: [String] = [],
        nationalities: [String] = [],
        subject: String? = nil, eventDate: String? = nil, eventBasis: EventDateBasis = .unknown, markers: [String] = [],
        sentenceHash: Int64? = nil, speaker: String? = nil
    ) {
        self.id = id
        self.articleId = articleId
        self.sourceKey = sourceKey ?? "article-\(articleId)"
        self.outlet = outlet
        outletKey = outlet.map(NameKey.fold)
        self.published = published
        publishedDay = Days.from(published)
        self.kind = kind
        self.unit = unit
        let stated = interval ?? Interval(lower: value, upper: value)
        if kind == .date {
            // A date's figure is its digits (20251125): compared as days.
            func day(_ v: Double?) -> Double? { v.flatMap { Self.dayOfDigits($0) }.map(Double.init) ?? v }
            self.value = day(value) ?? value
            self.interval = Interval(
                lower: day(stated.lower), upper: day(stated.upper), lowerInclusive: stated.lowerInclusive,
                upperInclusive: stated.upperInclusive)
        } else {
            self.value = value
            self.interval = stated
        }
        self.text = text ?? ClaimFormat.figure(value)
        self.qualifier = qualifier
        isApproximate = Confidence.isApproximate(qualifier: qualifier)
        self.blockKey = blockKey
        self.entity = entity
        self.event = event
        self.place = place
        placeInfo = place.map(SameEvent.PlaceInfo.init)
        self.actors = actors
        actorKeys = actors.map(NameKey.fold)
        self.nationalities = nationalities.sorted()
        self.subject = subject
        let day = Days.from(eventDate) ?? (eventBasis == .published ? Days.from(published) : nil)
        eventDay = day
        self.eventBasis = day == nil ? .unknown : eventBasis
        self.markers = markers.sorted()
        self.sentenceHash = sentenceHash ?? id
        self.speaker = speaker
    }

    /// `20251125` → the day number of 2025-11-25.
    static func dayOfDigits(_ v: Double) -> Int32? {
        guard v >= 10_000_101, v < 100_000_000 else { return nil }
        let n = Int(v)
        let iso = "\(n / 10000)-\(String(format: "%02d", n / 100 % 100))-\(String(format: "%02d", n % 100))"
        return Days.from(iso)
    }

    /// The day the figure is about when the text anchors it (a date, `overnight`, `on Tuesday`);
    /// nil when only the published date (or nothing) places it.
    var anchoredDay: Int32? { eventBasis == .explicit || eventBasis == .relative ? eventDay : nil }
}

/// A closed, open or half-open interval; nil ends are unbounded.
struct Interval: Hashable, Sendable {
    var lower: Double?
    var upper: Double?
    var lowerInclusive = true
    var upperInclusive = true

    init(lower: Double?, upper: Double?, lowerInclusive: Bool = true, upperInclusive: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.lowerInclusive = lowerInclusive
        self.upperInclusive = upperInclusive
    }

    /// The distance between two intervals that do not meet, or nil when they do.
    func gap(to other: Interval) -> Double? {
        if let u = upper, let l = other.lower {
            if u < l || (u == l && !(upperInclusive && other.lowerInclusive)) { return l - u }
        }
        if let u = other.upper, let l = lower {
            if u < l || (u == l && !(other.upperInclusive && lowerInclusive)) { return l - u }
        }
        return nil
    }

    /// Entirely above `other`.
    func isAbove(_ other: Interval) -> Bool {
        guard let l = lower, let u = other.upper else { return false }
        return l > u || (l == u && !(lowerInclusive && other.upperInclusive))
    }

    /// The interval written as a reader would (`at least 460`, `270–300`, `464`).
    var text: String {
        ClaimFormat.interval(lower: lower, upper: upper, lowerInclusive: lowerInclusive, upperInclusive: upperInclusive)
    }
}
