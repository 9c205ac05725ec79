import Foundation

/// The reviewed flags as schema.org ClaimReview JSON-LD (the markup Google's fact-check features
/// read): one `ClaimReview` per distinct figure of each confirmed or dismissed flag.
///
/// - `claimReviewed`: the figure with what it measures, as the sentence puts it;
/// - `itemReviewed`: a `Claim` with an `appearance` for every article carrying the figure (and
///   every copy of those articles' text under another URL or outlet), the
///   earliest as `firstAppearance`, the speaker as `author`;
/// - `reviewRating`: only from a human decision (open flags are left out): confirmed is 1 of 3,
///   "Contradicted by other reports"; dismissed is 3 of 3, "Not contradicted", with the reason;
/// - `url`: `--publish-url` with the flag's `#flag-ID` anchor; `author`: `--org-name`/`--org-url`;
/// - `associatedClaimReview`: the other figures of the same flag.
///
/// `<` is written as `\u003c`, so the output can be pasted into a `<script type="application/ld+json">`.
enum ClaimReviewReport {
    static func render(_ data: ReportData, options: ReportOptions) -> String {
        var reviews: [JSONValue] = []
        for flag in data.flags {
            let f = flag.listing
            guard let decision = f.lastDecision, decision.action == "confirm" || decision.action == "dismiss" else { continue }
            let figures = groups(f.claims)
            let base = (ReportLinks.safe(options.publishURL) ?? "") + "#flag-\(f.id)"
            for (k, claims) in figures.enumerated() {
                let first = claims.min { ($0.published ?? "9999") < ($1.published ?? "9999") }!
                let others = figures.indices.filter { $0 != k }.map {
                    JSONValue.object([("@id", .string("\(base)-figure-\($0 + 1)"))])
                }
                var item: [(String, JSONValue)] = [
                    ("@type", .string("Claim")),
                    ("appearance", .array(claims.flatMap { appearances($0, data) })),
                    ("firstAppearance", appearance(first)),
                ]
                if let when = first.published { item.append(("datePublished", .string(String(when.prefix(10))))) }
                if let speaker = first.speaker ?? first.speakerAsWritten {
                    item.append(("author", .object([("@type", .string("Person")), ("name", .string(speaker))])))
                }
                var author: [(String, JSONValue)] = [
                    ("@type", .string("Organization")), ("name", .string(options.orgName ?? "FactLedger")),
                ]
                if let url = ReportLinks.safe(options.orgURL) { author.append(("url", .string(url))) }
                let confirmed = decision.action == "confirm"
                var rating: [(String, JSONValue)] = [
                    ("@type", .string("Rating")), ("ratingValue", .int(confirmed ? 1 : 3)), ("bestRating", .int(3)),
                    ("worstRating", .int(1)),
                    (
                        "alternateName",
                        .string(
                            confirmed
                                ? "Contradicted by other reports"
                                : "Not contradicted" + (decision.reason.map { " (\($0))" } ?? ""))
                    ),
                ]
                if let note = decision.note { rating.append(("ratingExplanation", .string(note))) }
                var review: [(String, JSONValue)] = [
                    ("@context", .string("https://schema.org")), ("@type", .string("ClaimReview")),
                    ("@id", .string("\(base)-figure-\(k + 1)")), ("url", .string(base)),
                    ("claimReviewed", .string(claimText(first))), ("datePublished", .string(String(decision.at.prefix(10)))),
                    ("author", .object(author)), ("reviewRating", .object(rating)), ("itemReviewed", .object(item)),
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

    /// `464 drones launched: “Russia launched 464 drones …”`
    static func claimText(_ c: ClaimListing) -> String {
        let sentence = c.sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(c.text)\(c.subject.map { " (\($0))" } ?? ""): “\(sentence)”"
    }

    /// Every place the claim's text appeared: each copy under another URL or outlet too; the
    /// claim's own article when no appearance was recorded.
    static func appearances(_ c: ClaimListing, _ data: ReportData) -> [JSONValue] {
        guard let all = data.appearances[c.articleId], !all.isEmpty else { return [appearance(c)] }
        return all.map { creativeWork(url: $0.url, title: $0.title, published: $0.published, outlet: $0.outlet) }
    }

    static func appearance(_ c: ClaimListing) -> JSONValue {
        creativeWork(url: c.url, title: c.title, published: c.published, outlet: c.outlet)
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
