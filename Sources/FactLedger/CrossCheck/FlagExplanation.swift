/// The words a flag shows a reviewer, made from its finding: a title naming the measure (and its
/// place), an explanation that reads as a sentence to check (`The Daily: 41 killed (3 Mar 2025)
/// vs Evening Post: 44 killed (3 Mar 2025); same place (Springfield), same event date. …`), and
/// the evidence as JSON (which frame parts matched, the date gap, the sources, the factors of
/// the confidence).
enum FlagExplanation {
    struct Text: Sendable {
        var title: String
        var explanation: String
        var gap: Double
        var relativeGap: Double
        /// `same`, `different` or `unknown`: whether the strongest pair's dates match.
        var dateRelation: String
        var confidence: Double
        /// The evidence as JSON text.
        var evidence: String
    }

    static func make(_ f: CrossChecker.Finding) -> Text {
        let p = f.strongest
        let a = f.claims[p.a], b = f.claims[p.b]
        let measure = measurePhrase(f)
        var title = measure
        if case .same(let place) = p.evidence.place { title += " in " + place }
        let sides = sidesText(f, measure: measure)
        let placeNote: String
        switch p.evidence.place {
        case .same(let place): placeNote = "same place (\(place))"
        case .unknown: placeNote = "place not known for both"
        case .different(let x, let y): placeNote = "different places (\(x), \(y))"
        }
        let (relation, dateNote) = dates(p.evidence.dates, a, b)
        var context = [placeNote, dateNote]
        if !p.evidence.sharedActors.isEmpty { context.append("both name " + p.evidence.sharedActors.joined(separator: ", ")) }
        if a.articleId == b.articleId { context.append("both in one article") }
        let why: String
        switch f.kind {
        case .update:
            why = "The later report gives a higher figure for the same toll: an update, not a contradiction."
        case .conflict, .disputed:
            let x = figure(a), y = figure(b)
            let apart: String
            if FigureGap.isCalendar(a.kind) {
                let n = Int(p.gap.rounded())
                apart = a.kind == .year ? "\(n) year\(n == 1 ? "" : "s") apart" : "\(n) day\(n == 1 ? "" : "s") apart"
            } else {
                apart = "\(ClaimFormat.figure(p.gap)) apart (\(Int((p.relativeGap * 100).rounded()))%)"
            }
            why =
                (f.kind == .disputed ? "The article gives two figures for one quantity: " : "These cannot both be true: ")
                + "\(x) and \(y) are at least \(apart)."
        }
        let confidence = p.confidence
        let explanation =
            "\(sides); \(context.joined(separator: ", ")). \(why) Confidence \(String(format: "%.2f", confidence)) (\(Confidence.label(confidence)))."
        return Text(
            title: title, explanation: explanation, gap: p.gap, relativeGap: p.relativeGap, dateRelation: relation,
            confidence: confidence, evidence: evidence(f, p).rendered())
    }

    /// The measure in words: the subject most of the claims carry (`people killed`), else the key's entity.
    static func measurePhrase(_ f: CrossChecker.Finding) -> String {
        var counts: [String: Int] = [:]
        for c in f.claims { if let s = c.subject { counts[s, default: 0] += 1 } }
        if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { return best.key }
        return f.claims[0].entity ?? "figure"
    }

    /// `The Daily: 41 (3 Mar 2025) vs Evening Post: 44 (published 3 Mar 2025)`, outlet by outlet.
    static func sidesText(_ f: CrossChecker.Finding, measure: String) -> String {
        var byOutlet: [(String, [String])] = []
        for c in f.claims {
            let outlet = c.outlet ?? "unknown outlet"
            let item = "\(c.text) (\(dateText(c)))"
            if let i = byOutlet.firstIndex(where: { $0.0 == outlet }) {
                if !byOutlet[i].1.contains(item) { byOutlet[i].1.append(item) }
            } else {
                byOutlet.append((outlet, [item]))
            }
        }
        return byOutlet.map { "\($0.0): \($0.1.joined(separator: "; "))" }.joined(separator: " vs ")
    }

    /// How a reviewer reads a claim's date: the event day the text gives, the published day, or `undated`.
    /// A year or date claim is its own date, so it shows when it was published.
    static func dateText(_ c: CheckClaim) -> String {
        if !FigureGap.isCalendar(c.kind), let d = c.anchoredDay { return Days.short(d) }
        if let d = c.publishedDay { return "published " + Days.short(d) }
        return "undated"
    }

    /// A figure as a reader writes it: years without separators (`1996`), dates as dates.
    static func figure(_ c: CheckClaim) -> String {
        switch c.kind {
        case .year: return c.interval.lower == c.interval.upper ? String(Int(c.value)) : c.text
        case .date: return Days.short(Int32(c.value))
        default: return c.interval.text
        }
    }

    static func dates(_ r: SameEvent.DateRelation, _ a: CheckClaim, _ b: CheckClaim) -> (String, String) {
        func days(_ n: Int32) -> String { "\(n) day\(n == 1 ? "" : "s")" }
        switch r {
        case .anchored(let d):
            return d == 0 ? ("same", "same event date") : ("different", "event dates \(days(d)) apart")
        case .published(let d):
            return d == 0 ? ("same", "published the same day") : ("different", "published \(days(d)) apart")
        case .inferred(let d):
            return (
                d == 0 ? "same" : "different",
                "a date taken from an agreeing report, \(d == 0 ? "the same day" : days(d) + " apart")"
            )
        case .undated:
            let which = [a, b].filter { $0.eventDay == nil }.compactMap(\.outlet)
            return ("unknown", which.isEmpty ? "no date for one report" : "no date for \(which.joined(separator: ", "))")
        }
    }

    static func evidence(_ f: CrossChecker.Finding, _ p: CrossChecker.Pair) -> JSONValue {
        let a = f.claims[p.a], b = f.claims[p.b]
        let place: JSONValue
        switch p.evidence.place {
        case .same(let x): place = .object([("relation", .string("same")), ("place", .string(x))])
        case .unknown: place = .object([("relation", .string("unknown"))])
        case .different(let x, let y):
            place = .object([("relation", .string("different")), ("places", .array([.string(x), .string(y)]))])
        }
        let dates: JSONValue
        switch p.evidence.dates {
        case .anchored(let d): dates = .object([("basis", .string("anchored")), ("days_apart", .int(Int64(d)))])
        case .published(let d): dates = .object([("basis", .string("published")), ("days_apart", .int(Int64(d)))])
        case .inferred(let d): dates = .object([("basis", .string("inferred")), ("days_apart", .int(Int64(d)))])
        case .undated: dates = .object([("basis", .string("undated"))])
        }
        let sources =
            a.articleId == b.articleId
            ? "one article"
            : (a.outlet != nil && a.outlet.map(NameKey.fold) == b.outlet.map(NameKey.fold) ? "same outlet" : "independent")
        let factors = p.factors
        return .object([
            ("measure_key", .string(f.blockKey)), ("measure", .string(measureName(f.measure))),
            ("claims", .array([.int(a.id), .int(b.id)])), ("place", place), ("dates", dates),
            ("shared_actors", .array(p.evidence.sharedActors.map(JSONValue.string))), ("sources", .string(sources)),
            ("gap", .double(p.gap)), ("relative_gap", .double(p.relativeGap)),
            (
                "factors",
                .object([
                    ("dates", .double(factors.dates)), ("place", .double(factors.place)), ("sources", .double(factors.sources)),
                    ("gap", .double(factors.gap)), ("approximate", .double(factors.approximate)),
                ])
            ),
        ])
    }

    static func measureName(_ m: MeasureKind) -> String {
        switch m {
        case .datedEvent: "dated event"
        case .runningToll(.accumulating): "running toll (only grows)"
        case .runningToll(.eitherWay): "running toll (moves both ways)"
        case .standing: "standing quantity"
        }
    }
}
