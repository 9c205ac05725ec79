import GRDB

/// What a discrepancy report shows: the ledger's summary and each flag with its evidence and the
/// full trail of decisions.
public struct ReportData: Sendable {
    public struct Summary: Hashable, Sendable {
        public var articles: Int
        public var outlets: Int
        public var quotes: Int
        public var claims: Int
        /// Flags by status (`open`, `confirmed`, `dismissed`), all of them whatever the report's filter.
        public var flagsByStatus: [String: Int]
        public var flags: Int { flagsByStatus.values.reduce(0, +) }
    }

    public struct Flag: Sendable {
        public var listing: FlagListing
        /// Every event, oldest first, undone ones marked.
        public var history: [ReviewEvent]
    }

    public var summary: Summary
    public var flags: [Flag]
    /// Every appearance of the articles the flags' claims come from (copies of one text under
    /// other URLs and outlets included), by article id.
    public var appearances: [Int64: [ArticleAppearance]] = [:]
    /// Which statuses the report lists (nil: all).
    public var status: FlagStatus?
}

extension ReportData {
    /// For each article of `flag` whose text also appeared elsewhere: a line naming the copies
    /// (`Text of The Daily also appeared at: Wire (2025-11-25, https://…)`).
    func copyLines(_ flag: FlagListing) -> [String] {
        var seen = Set<Int64>()
        var lines: [String] = []
        for c in flag.claims where seen.insert(c.articleId).inserted {
            let all = appearances[c.articleId] ?? []
            guard all.count > 1 else { continue }
            let copies = all.dropFirst().map { a in
                let details = [a.published.map { String($0.prefix(10)) }, a.url].compactMap { $0 }
                return (a.outlet ?? a.file) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
            }
            lines.append("Text of \(c.outlet ?? c.file) also appeared at: " + copies.joined(separator: "; "))
        }
        return lines
    }
}

/// How a report is labelled and where it will be published (for ClaimReview).
public struct ReportOptions: Sendable {
    /// When the report was made, ISO-8601.
    public var generatedAt: String
    public var orgName: String?
    public var orgURL: String?
    /// The page the report is published on; each flag is `#flag-ID` on it.
    public var publishURL: String?

    public init(generatedAt: String, orgName: String? = nil, orgURL: String? = nil, publishURL: String? = nil) {
        self.generatedAt = generatedAt
        self.orgName = orgName
        self.orgURL = orgURL
        self.publishURL = publishURL
    }
}

extension Ledger {
    /// The report's data: summary counts and the flags with `status` (nil: all), strongest first.
    public func reportData(status: FlagStatus?) throws -> ReportData {
        let flags = try self.flags(status: status)
        return try read { db in
            let counts = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM current_articles),
                           (SELECT count(DISTINCT coalesce(outlet, '')) FROM current_articles WHERE outlet IS NOT NULL),
                           (SELECT count(*) FROM quotes q JOIN current_articles a ON a.id = q.article_id),
                           (SELECT count(*) FROM claims c JOIN current_articles a ON a.id = c.article_id)
                    """)!
            var byStatus: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT status, count(*) FROM flag_status WHERE status <> 'withdrawn' GROUP BY status")
            {
                byStatus[row[0]] = row[1]
            }
            let events = try Self.reviewEvents(flagIds: flags.map(\.id), db: db)
            var data = ReportData(
                summary: ReportData.Summary(
                    articles: counts[0], outlets: counts[1], quotes: counts[2], claims: counts[3], flagsByStatus: byStatus),
                flags: flags.map { ReportData.Flag(listing: $0, history: events[$0.id] ?? []) }, status: status)
            let articleIds = Set(flags.flatMap { $0.members.map(\.claim.articleId) })
            data.appearances = try Self.appearances(of: articleIds.sorted(), db: db)
            return data
        }
    }
}

/// A claim's sentence cut around its figure, for highlighting.
struct SentenceParts {
    var before: String
    var figure: String
    var after: String

    init(_ c: ClaimListing) {
        let scalars = Array(c.sentence.unicodeScalars)
        let a = max(0, min(scalars.count, c.start - c.sentenceStart))
        let b = max(a, min(scalars.count, c.end - c.sentenceStart))
        before = scalars.text(from: 0, to: a)
        figure = scalars.text(from: a, to: b)
        after = scalars.text(from: b, to: scalars.count)
    }
}

/// Words for decisions, shared by the report formats.
enum DecisionText {
    static func line(_ e: ReviewEvent) -> String {
        var s = "\(e.at) — \(e.reviewer) "
        switch e.action {
        case "confirm": s += "confirmed"
        case "dismiss": s += "dismissed" + (e.reason.map { " (\($0))" } ?? "")
        case "reopen": s += "reopened"
        case "note": s += "noted"
        case "undo": s += "undid event #\(e.undoesId ?? 0)"
        case "rate": s += "rated claim #\(e.claimId ?? 0) \(e.verdict ?? "")"
        case "remove-claim": s += "removed claim #\(e.claimId ?? 0)" + (e.reason.map { " (\($0))" } ?? "")
        case "split": s += "split figures off into flag #\(e.splitFlagId ?? 0)"
        default: s += e.action
        }
        if let note = e.note { s += ": " + note }
        if e.undone { s += " [undone]" }
        return s
    }

    /// What a report says beside a figure: the reviewer's verdict, why it is out of the flag, or
    /// that it is new since the last decision; nil for none.
    static func figureLabel(_ m: FlagListing.Member) -> String? {
        var parts: [String] = []
        if let verdict = m.verdict { parts.append("rated \(verdict.rawValue)") }
        if let by = m.removedBy {
            parts.append(by.splitFlagId.map { "split off into flag #\($0)" } ?? "removed: \(by.reason ?? "by a reviewer")")
        } else if m.removed {
            parts.append("no longer in this flag")
        } else if m.isNew {
            parts.append("new")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    static func date(_ published: String?) -> String { published.map { String($0.prefix(10)) } ?? "undated" }

    static func statusLine(_ summary: ReportData.Summary) -> String {
        let parts = ["confirmed", "dismissed", "open"].compactMap { s in summary.flagsByStatus[s].map { "\($0) \(s)" } }
        return "\(summary.flags)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }
}
