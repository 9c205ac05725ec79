import Foundation
import Testing

@testable import FactLedger

/// Reports on a fixed ledger: the seeds, checked, with a few decisions. Golden files under
/// `Snapshots/Reports/` (re-record with `RECORD_SNAPSHOTS=1 swift test`); timestamps and the
/// checkout's path are replaced by placeholders so the files do not depend on when or where.
struct ReportTests {
    static let folder = (packageRoot as NSString).appendingPathComponent("Tests/FactLedgerTests/Snapshots/Reports")
    static let options = ReportOptions(
        generatedAt: "2026-01-01T00:00:00Z", orgName: "Example Checks", orgURL: "https://example.org",
        publishURL: "https://example.org/report")

    /// The seeds, checked; flag 1 confirmed with a note, flag 3 dismissed as different events, flag 4
    /// confirmed then undone.
    static func reviewedLedger() throws -> Ledger {
        let ledger = try Ledger.inMemory()
        try ingest(try seedPaths(), into: ledger)
        try ledger.check()
        try ledger.decide(.confirm, flag: 1, note: "Both figures are attributed to the air force", reviewer: "Ana Analyst")
        try ledger.decide(.dismiss, flag: 3, reason: .differentEvents, note: "Two versions of the plan", reviewer: "Ben Editor")
        try ledger.decide(.confirm, flag: 4, reviewer: "Ana Analyst")
        try ledger.decide(.undo, flag: 4, reviewer: "Ana Analyst")
        return ledger
    }

    static func normalised(_ text: String) -> String {
        let today = String(ISOTime.string(from: Date()).prefix(10))
        return text.replacingOccurrences(of: packageRoot, with: "<root>")
            .replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "<time>", options: .regularExpression)
            .replacingOccurrences(of: "\"datePublished\": \"\(today)\"", with: "\"datePublished\": \"<today>\"")
    }

    @Test(arguments: ReportFormat.allCases)
    func reportMatchesItsGoldenFile(_ format: ReportFormat) throws {
        let data = try Self.reviewedLedger().reportData(status: nil)
        let text = Self.normalised(ReportRenderer.render(data, format: format, options: Self.options))
        let path = (Self.folder as NSString).appendingPathComponent("seeds." + format.fileExtension)
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        // Bytes, not strings: the CSV's byte-order mark and CRLF line ends are part of the format.
        guard !record, let stored = FileManager.default.contents(atPath: path) else {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path); run the tests again")
            return
        }
        #expect(
            String(decoding: stored, as: UTF8.self) == text && stored == Data(text.utf8),
            "the \(format.rawValue) report differs from \(path); re-record with RECORD_SNAPSHOTS=1 if intended")
    }

    @Test func everyFormatShowsExactlyTheDecisionsWithTheirReviewers() throws {
        let data = try Self.reviewedLedger().reportData(status: nil)
        #expect(data.flags.map(\.listing.status).sorted() == ["confirmed", "dismissed", "open", "open"])
        let markdown = ReportRenderer.render(data, format: .markdown, options: Self.options)
        #expect(markdown.contains("Ana Analyst confirmed: Both figures are attributed to the air force"))
        #expect(markdown.contains("Ben Editor dismissed (different-events): Two versions of the plan"))
        #expect(markdown.contains("Ana Analyst undid event"))
        let csv = ReportRenderer.render(data, format: .csv, options: Self.options)
        #expect(csv.hasPrefix("\u{FEFF}flag_id,flag_title,"))
        #expect(csv.contains("confirm,,Both figures are attributed to the air force,Ana Analyst,"))
        // Only reviewed flags get a ClaimReview, one per distinct figure.
        let claimReview = ReportRenderer.render(data, format: .claimreview, options: Self.options)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(claimReview.utf8)) as? [[String: Any]])
        let flagsReviewed = Set(reviews.compactMap { ($0["url"] as? String)?.components(separatedBy: "#flag-").last })
        #expect(flagsReviewed == ["1", "3"])
    }

    /// The ClaimReview fields Google documents for fact-check markup, on every review.
    @Test func claimReviewHasTheFieldsGoogleReads() throws {
        let data = try Self.reviewedLedger().reportData(status: nil)
        let text = ReportRenderer.render(data, format: .claimreview, options: Self.options)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(!reviews.isEmpty)
        for r in reviews {
            #expect(r["@context"] as? String == "https://schema.org")
            #expect(r["@type"] as? String == "ClaimReview")
            #expect((r["claimReviewed"] as? String)?.isEmpty == false)
            #expect((r["url"] as? String)?.hasPrefix("https://example.org/report#flag-") == true)
            #expect((r["datePublished"] as? String)?.count == 10)
            let author = try #require(r["author"] as? [String: Any])
            #expect(author["@type"] as? String == "Organization" && author["name"] as? String == "Example Checks")
            let rating = try #require(r["reviewRating"] as? [String: Any])
            #expect(rating["@type"] as? String == "Rating")
            #expect((rating["alternateName"] as? String)?.isEmpty == false)
            let value = try #require(rating["ratingValue"] as? Int)
            let best = try #require(rating["bestRating"] as? Int)
            let worst = try #require(rating["worstRating"] as? Int)
            #expect(worst <= value && value <= best)
            let item = try #require(r["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            let appearances = try #require(item["appearance"] as? [[String: Any]])
            #expect(!appearances.isEmpty)
            #expect(item["firstAppearance"] is [String: Any])
            #expect(r["associatedClaimReview"] is [[String: Any]])
        }
    }

    /// Offsets in the exports still slice the figure and the quote out of the stored article text.
    @Test func exportedOffsetsSliceTheStoredText() throws {
        let ledger = try Self.reviewedLedger()
        let data = try ledger.reportData(status: nil)
        let json = ReportRenderer.render(data, format: .json, options: Self.options)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let flags = try #require(report["flags"] as? [[String: Any]])
        var checked = 0
        for flag in flags {
            for claim in try #require(flag["claims"] as? [[String: Any]]) {
                let article = try #require(try ledger.article(id: Int64(claim["article_id"] as! Int)))
                let start = claim["start"] as! Int, end = claim["end"] as! Int
                #expect(slice(article.text, TextRange(start, end)) == claim["text"] as? String)
                let sentence = slice(article.text, TextRange(claim["sentence_start"] as! Int, claim["sentence_end"] as! Int))
                #expect(sentence == claim["sentence"] as? String)
                checked += 1
            }
        }
        #expect(checked >= 8)
        for q in try ledger.quotes(QuoteFilter(speaker: "Zelenskyy")) {
            let article = try #require(try ledger.article(id: q.articleId))
            #expect(slice(article.text, TextRange(q.start, q.end)) == q.text)
        }
    }

    @Test func hostileTextCannotEscapeItsFormat() throws {
        let hostile = #"<script>alert(1)</script> | **bold** =HYPERLINK("http://x") "quoted", [a](javascript:alert(1))"#
        let claim = ClaimListing(
            id: 1, text: "=1+1", sentence: hostile + " =1+1 drones.", value: 2, lower: 2, upper: 2, lowerInclusive: true,
            upperInclusive: true, qualifier: nil, kind: "count", unit: nil, subject: "drone", context: nil, speakerId: nil,
            speaker: "@evil", speakerAsWritten: nil, quoteId: nil, eventDate: nil, eventDateBasis: nil, articleId: 1,
            file: "x.txt",
            outlet: "<b>Outlet</b>", published: "2025-01-01", title: nil, url: "javascript:alert(1)", start: hostile.count + 1,
            end: hostile.count + 5, sentenceStart: 0, sentenceEnd: hostile.count + 13, convertsClaimId: nil)
        let flag = FlagListing(
            id: 7, title: hostile, kind: "conflict", status: "open", explanation: hostile, gap: 1, relativeGap: 0.5,
            dateRelation: "same", stale: false, confidence: 0.8, evidence: .object([("note", .string(hostile))]),
            members: [FlagListing.Member(claim: claim, removed: false, addedAt: "", isNew: false)],
            lastDecision: nil)
        let data = ReportData(
            summary: .init(articles: 1, outlets: 1, quotes: 0, claims: 1, flagsByStatus: ["open": 1]),
            flags: [.init(listing: flag, history: [])], status: nil)
        let html = ReportRenderer.render(data, format: .html, options: Self.options)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Outlet"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;"))
        let markdown = ReportRenderer.render(data, format: .markdown, options: Self.options)
        #expect(!markdown.contains("<script>"))
        // Brackets are escaped, so no link can be formed.
        #expect(markdown.range(of: #"(?<!\\)\]\(javascript"#, options: .regularExpression) == nil)
        // Every table row keeps its five cells: pipes in the text are escaped.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| **") {
            #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 6)
        }
        let csv = ReportRenderer.render(data, format: .csv, options: Self.options)
        #expect(csv.contains(",'=1+1,"))
        #expect(csv.contains(",'@evil,"))
        #expect(!csv.contains(",=HYPERLINK"))
        let jsonld = ReportRenderer.render(data, format: .claimreview, options: Self.options)
        #expect(!jsonld.contains("<"))
    }

    @Test func claimReviewListsEveryAppearanceOfAFigure() throws {
        let folder = try temporaryFolder("appear")
        let wire = "Russia launched 430 drones at Ukraine overnight, the air force said."
        try write("---\nurl: https://wire.example/a\noutlet: Wire\npublished: 2025-11-25\n---\n" + wire, to: "a.md", in: folder)
        try write("---\nurl: https://daily.example/b\noutlet: Daily\npublished: 2025-11-25\n---\n" + wire, to: "b.md", in: folder)
        try write(
            "---\nurl: https://post.example/c\noutlet: Post\npublished: 2025-11-25\n---\nRussia launched 464 drones at Ukraine overnight, the air force said.",
            to: "c.md", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([folder], into: ledger)
        try ledger.check()
        let flag = try #require(try ledger.flags(status: nil).first)
        try ledger.decide(.confirm, flag: flag.id, reviewer: "ana")
        let data = try ledger.reportData(status: nil)
        let options = ReportOptions(
            generatedAt: "2025-12-01T00:00:00Z", orgName: "Checks", orgURL: "https://checks.example",
            publishURL: "https://checks.example/r")
        let jsonld = ReportRenderer.render(data, format: .claimreview, options: options)
        #expect(jsonld.contains("https://daily.example/b"))
        #expect(jsonld.contains("https://wire.example/a"))
        let markdown = ReportRenderer.render(data, format: .markdown, options: options)
        #expect(markdown.contains("also appeared at: Daily"))
    }

    @Test func claimReviewHasGooglesRequiredAndRecommendedFields() throws {
        let ledger = try Self.reviewedLedger()
        let options = ReportOptions(
            generatedAt: "2025-12-01T00:00:00Z", orgName: "Example Checks", orgURL: "https://example.org",
            publishURL: "https://example.org/checks/2025-11")
        let text = ReportRenderer.render(try ledger.reportData(status: nil), format: .claimreview, options: options)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(!reviews.isEmpty)
        for r in reviews {
            let claim = try #require(r["claimReviewed"] as? String)
            #expect(claim.count < 75)
            #expect((r["url"] as? String)?.hasPrefix("https://example.org/checks/2025-11#flag-") == true)
            #expect(((r["author"] as? [String: Any])?["name"] as? String) == "Example Checks")
            #expect((r["datePublished"] as? String)?.count == 10)
            let rating = try #require(r["reviewRating"] as? [String: Any])
            #expect(rating["alternateName"] is String)
            #expect((1...3).contains(rating["ratingValue"] as? Int ?? 0))
            // Reviewers' notes are internal.
            #expect((rating["ratingExplanation"] as? String)?.contains("attributed to the air force") == false)
            let item = try #require(r["itemReviewed"] as? [String: Any])
            #expect(item["@type"] as? String == "Claim")
            #expect(!((item["appearance"] as? [Any]) ?? []).isEmpty)
            let author = try #require(item["author"] as? [String: Any])
            #expect(["Person", "Organization"].contains(author["@type"] as? String ?? ""))
        }
    }

    @Test func claimReviewRatesAFigureByTheReviewersVerdictAndPublishesOnlyPublicNotes() throws {
        let ledger = try ReviewSessionTests.checkedSeeds()
        let flag = try #require(try ledger.flags(status: .open).first { ClaimReviewReport.groups($0.claims).count >= 2 })
        let figures = ClaimReviewReport.groups(flag.claims)
        let (wrong, unverified) = (figures[0][0], figures[1][0])
        try ledger.decide(
            .rate, flag: flag.id, note: "The agency corrected this figure the next day.", reviewer: "ana",
            detail: DecisionDetail(claim: wrong.id, verdict: .wrong, publicNote: true))
        try ledger.decide(
            .rate, flag: flag.id, note: "internal: waiting for a call back", reviewer: "ana",
            detail: DecisionDetail(claim: unverified.id, verdict: .unverified))
        let options = ReportOptions(
            generatedAt: "2025-12-01T00:00:00Z", orgName: "Example Checks", publishURL: "https://example.org/checks")
        let text = ReportRenderer.render(try ledger.reportData(status: nil), format: .claimreview, options: options)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        // The flag is still open: only the rated figures are published, each rated by its verdict.
        let ratings = reviews.compactMap { $0["reviewRating"] as? [String: Any] }
        #expect(ratings.count == 2)
        let byName = Dictionary(uniqueKeysWithValues: ratings.map { ($0["alternateName"] as? String ?? "", $0) })
        #expect(byName["Incorrect"]?["ratingValue"] as? Int == 1)
        #expect(byName["Incorrect"]?["ratingExplanation"] as? String == "The agency corrected this figure the next day.")
        #expect(byName["Unverified"]?["ratingValue"] as? Int == 2)
        #expect(!text.contains("waiting for a call back"))
    }
}
