import Foundation

/// The reviewed flags as schema.org ClaimReview JSON-LD (the markup Google's fact-check features
/// read): one `ClaimReview` per distinct figure of each confirmed or dismissed flag.
///
/// Fields follow Google's ClaimReview requirements (required: `claimReviewed`, `reviewRating` with
/// `alternateName`, `url`, `author`; recommended: `datePublished`, `itemReviewed` with `author`,
/// `datePublished` and `appearance`):
/// - `claimReviewed`: short (under 75 characters): the figure and what it measures (`430 drones
///   launched`);
/// - `itemReviewed`: a `Claim` with an `appearance` for every article carrying the figure (and
///   every copy of those articles' text under another URL or outlet), the earliest as
///   `firstAppearance`; its `author` is the resolved speaker as a `Person` or an `Organization`,
///   else the outlet as an `Organization` (a speaker as written but unresolved is not named);
/// - `reviewRating`: only from a human decision. A figure a reviewer rated (`flag rate`) takes its
///   rating from that verdict: wrong is 1 of 3 "Incorrect", unverified 2 of 3 "Unverified",
///   correct 3 of 3 "Correct", dated by the verdict. An unrated figure takes the flag's decision
///   (open flags are left out): confirmed is 1 of 3, "Contradicted by other reports" (only for a
///   figure another of the flag contradicts); dismissed is 3 of 3, "Not contradicted", with the
///   reason. `ratingExplanation` is the reviewer's public note (`--public-note`, on the verdict or
///   else on the flag) when there is one, else it names the contradicting figures or gives the
///   dismissal's reason. Internal notes are never published;
/// - `url`: `--publish-url` with the flag's `#flag-ID` anchor; `author`: `--org-name`/`--org-url`
///   (`report` refuses ClaimReview without `--publish-url` and `--org-name`); `datePublished`:
///   the decision's date;
/// - `associatedClaimReview`: the other figures of the same flag.
///
/// `<` is written as `\u003c`, so the output can be pasted into a `<script type="application/ld+json">`.
enum ClaimReviewReport {
    static func render(_ data: ReportData, options: ReportOptions) -> String {
        var reviews: [JSONValue] = []
        for flag in data.flags {
            let f = flag.listing
            let inForce = flag.history.filter { !$0.undone && $0.action != ReviewAction.undo.rawValue }
            let decided = f.lastDecision.flatMap { $0.action == "confirm" || $0.action == "dismiss" ? $0 : nil }
            let verdicts = inForce.filter { $0.action == ReviewAction.rate.rawValue }
            guard decided != nil || !verdicts.isEmpty else { continue }
            let publicNote = inForce.last { $0.isPublic && $0.action != ReviewAction.rate.rawValue }?.note
            let figures = groups(f.claims)
            let base = (ReportLinks.safe(options.publishURL) ?? "") + "#flag-\(f.id)"
            for (k, claims) in figures.enumerated() {
                let first = claims.min { ($0.published ?? "9999") < ($1.published ?? "9999") }!
                // The flag's figures that cannot hold with this one; a figure every other agrees
                // with (`more than 460` beside 464) is not rated contradicted.
                let contradicting = figures.indices.filter { $0 != k && Self.disjoint(figures[$0][0], first) }
                    .map { figures[$0][0] }
                let ids = Set(claims.map(\.id))
                let verdict = verdicts.last { ids.contains($0.claimId ?? 0) }
                let rating: Rating
                if let verdict, let v = verdict.verdict.flatMap(Verdict.init(rawValue:)) {
                    rating = Rating(
                        verdict: v, at: verdict.at,
                        explanation: verdict.isPublic ? verdict.note : publicNote, others: contradicting)
                } else if let decision = decided {
                    if decision.action == "confirm", contradicting.isEmpty { continue }
                    rating = Rating(decision: decision, explanation: publicNote, others: contradicting)
                } else {
                    continue
                }
                let others = figures.indices.filter { $0 != k }.map {
                    JSONValue.object([("@id", .string("\(base)-figure-\($0 + 1)"))])
                }
                var item: [(String, JSONValue)] = [
                    ("@type", .string("Claim")),
                    ("appearance", .array(claims.flatMap { appearances($0, data) })),
                    ("firstAppearance", appearance(first)),
                ]
                if let when = first.published { item.append(("datePublished", .string(String(when.prefix(10))))) }
                if let who = claimAuthor(first) { item.append(("author", who)) }
                var author: [(String, JSONValue)] = [
                    ("@type", .string("Organization")), ("name", .string(options.orgName ?? "FactLedger")),
                ]
                if let url = ReportLinks.safe(options.orgURL) { author.append(("url", .string(url))) }
                let ratingJSON: [(String, JSONValue)] = [
                    ("@type", .string("Rating")), ("ratingValue", .int(Int64(rating.value))), ("bestRating", .int(3)),
                    ("worstRating", .int(1)), ("alternateName", .string(rating.name)),
                    ("ratingExplanation", .string(rating.explanation)),
                ]
                var review: [(String, JSONValue)] = [
                    ("@context", .string("https://schema.org")), ("@type", .string("ClaimReview")),
                    ("@id", .string("\(base)-figure-\(k + 1)")), ("url", .string(base)),
                    ("claimReviewed", .string(claimText(first))), ("datePublished", .string(String(rating.at.prefix(10)))),
                    ("author", .object(author)), ("reviewRating", .object(ratingJSON)), ("itemReviewed", .object(item)),
                ]
                if !others.isEmpty { review.append(("associatedClaimReview", .array(others))) }
                reviews.append(.object(review))
            }
        }
        return JSONValue.array(reviews).rendered(indent: 2).replacingOccurrences(of: "<", with: "\\u003c") + "\n"
    }

    /// Claims of one flag grouped by the figure they give (value and unit), in first-seen order.
    static func groups(_ claims: [ClaimListing]) -> [[ClaimListing]] {
        var order: [String] = []
        var byFigure: [String: [ClaimListing]] = [:]
        for c in claims {
            let lower = c.lower.map { String($0) } ?? "-"
            let upper = c.upper.map { String($0) } ?? "-"
            let key = lower + "|" + upper + "|" + (c.unit ?? "")
            if byFigure[key] == nil { order.append(key) }
            byFigure[key, default: []].append(c)
        }
        return order.map { byFigure[$0]! }
    }

    /// `430 drones launched`: the figure and what it measures, under 75 characters.
    static func claimText(_ c: ClaimListing) -> String {
        let text = ([c.text] + (c.subject.map { [$0] } ?? [])).joined(separator: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > 74 else { return text }
        var cut = String(text.prefix(73))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    /// Whether two figures' intervals cannot both hold (`Interval`, as the cross-checker reads them).
    static func disjoint(_ a: ClaimListing, _ b: ClaimListing) -> Bool {
        func interval(_ c: ClaimListing) -> Interval {
            Interval(lower: c.lower, upper: c.upper, lowerInclusive: c.lowerInclusive, upperInclusive: c.upperInclusive)
        }
        return interval(a).gap(to: interval(b)) != nil
    }

    /// Who made the claim: the resolved speaker (a person or an organisation), else the outlet.
    static func claimAuthor(_ c: ClaimListing) -> JSONValue? {
        // A group (`Smith and Jones`) is neither one Person nor an Organization: the outlet stands.
        if let speaker = c.speaker, c.speakerKind != SpeakerKind.group.rawValue {
            let type = c.speakerKind == "person" ? "Person" : "Organization"
            return .object([("@type", .string(type)), ("name", .string(speaker))])
        }
        return c.outlet.map { .object([("@type", .string("Organization")), ("name", .string($0))]) }
    }

    /// A figure's rating: from the reviewer's verdict on it, or else from the flag's decision.
    struct Rating {
        var value: Int
        var name: String
        var explanation: String
        /// The date of the human decision the rating comes from.
        var at: String

        init(verdict: Verdict, at: String, explanation: String?, others: [ClaimListing]) {
            switch verdict {
            case .wrong: (value, name) = (1, "Incorrect")
            case .unverified: (value, name) = (2, "Unverified")
            case .correct: (value, name) = (3, "Correct")
            }
            self.at = at
            self.explanation =
                explanation
                ?? {
                    switch verdict {
                    case .wrong: return ClaimReviewReport.otherReports(others)
                    case .unverified: return "The figure could not be verified."
                    case .correct: return "The figure was checked and is correct."
                    }
                }()
        }

        init(decision: ReviewEvent, explanation: String?, others: [ClaimListing]) {
            let confirmed = decision.action == "confirm"
            value = confirmed ? 1 : 3
            name = confirmed ? "Contradicted by other reports" : "Not contradicted" + (decision.reason.map { " (\($0))" } ?? "")
            at = decision.at
            self.explanation =
                explanation
                ?? (confirmed
                    ? ClaimReviewReport.otherReports(others)
                    : decision.reason.flatMap(DismissReason.init(rawValue:)).map { "Not contradicted: \($0.summary)." }
                        ?? "Not contradicted.")
        }
    }

    /// What the other reports say, in words a reader can check.
    static func otherReports(_ others: [ClaimListing]) -> String {
        let figures = others.map { "\($0.text) (\($0.outlet ?? "another report"))" }
        return figures.isEmpty
            ? "Other reports give a different figure." : "Other reports give " + figures.joined(separator: ", ") + "."
    }

    /// Every place the claim's text appeared: each copy under another URL or outlet too; the
    /// claim's own article when no appearance was recorded.
    static func appearances(_ c: ClaimListing, _ data: ReportData) -> [JSONValue] {
        guard let all = data.appearances[c.articleId], !all.isEmpty else { return [appearance(c)] }
        return all.map { creativeWork(url: $0.url, title: $0.title, published: $0.published, outlet: $0.outlet) }
    }

    /// A title read from the text is a guess for listings, never published as a headline.
    static func appearance(_ c: ClaimListing) -> JSONValue {
        creativeWork(url: c.url, title: c.titleFromText ? nil : c.title, published: c.published, outlet: c.outlet)
    }

    static func creativeWork(url: String?, title: String?, published: String?, outlet: String?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("@type", .string("CreativeWork"))]
        if let url = ReportLinks.safe(url) { pairs.append(("url", .string(url))) }
        if let title { pairs.append(("headline", .string(title))) }
        if let when = published { pairs.append(("datePublished", .string(String(when.prefix(10))))) }
        if let outlet {
            pairs.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(outlet))])))
        }
        return .object(pairs)
    }
}
