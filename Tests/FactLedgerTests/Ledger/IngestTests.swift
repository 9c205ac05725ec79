import Foundation
import GRDB
import Testing

@testable import FactLedger

struct IngestTests {
    @Test func ingestsTheSeedsWithSourcesMetadataAndIsIdempotent() throws {
        let ledger = try Ledger.inMemory()
        let first = try ingest([seedsFolder], into: ledger)
        #expect(first.new == 5)
        let articles = try ledger.articles()
        #expect(articles.count == 5)
        #expect(
            articles.map(\.outlet) == [
                "The Independent", "The Guardian", "SpaceWar.com (AFP)", "Novinite", "World Socialist Web Site",
            ])
        #expect(
            articles.map { $0.published.map { String($0.prefix(10)) } } == [
                "2025-12-03", "2025-11-25", "2025-02-13", "2025-12-16", "2025-11-26",
            ])
        let again = try ingest([seedsFolder], into: ledger)
        #expect(again.unchanged == 5 && again.new == 0 && again.updated == 0)
        #expect(try ledger.articles().count == 5)
    }

    @Test func storesAChangedFileAsANewVersionAndKeepsTheOld() throws {
        let folder = try temporaryFolder()
        let path = try write("Original text.", to: "a.txt", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([path], into: ledger)
        try write("Corrected text.", to: "a.txt", in: folder)
        let summary = try ingest([path], into: ledger)
        #expect(summary.updated == 1)
        let current = try ledger.articles()
        #expect(current.count == 1)
        #expect(current[0].version == 2)
        let all = try ledger.articles(includeOldVersions: true)
        #expect(all.count == 2)
        #expect(current[0].replacesId == all[0].id)
        #expect(try ledger.article(id: all[0].id)?.text == "Original text.")
    }

    @Test func correctedMetadataForTheSameTextIsANewVersion() throws {
        let folder = try temporaryFolder()
        let text = "Russia launched 430 drones at Ukraine overnight, the air force said."
        let path = try write("---\noutlet: Daily\n---\n" + text, to: "a.md", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([path], into: ledger)
        #expect(try ingest([path], into: ledger).unchanged == 1)
        // The date the checker asked for, from sources.json: applied, the old version kept.
        try write(#"[{"file": "a.md", "published": "2025-11-25"}]"#, to: "sources.json", in: folder)
        #expect(try ingest([folder], into: ledger).updated == 1)
        let current = try #require(try ledger.articles().first)
        #expect(current.published == "2025-11-25")
        #expect(current.outlet == "Daily")
        #expect(try ledger.articles(includeOldVersions: true).first?.published == nil)
        // Its figures are dated by it.
        #expect(try ledger.claims(ClaimFilter()).first?.eventDate == "2025-11-25")
    }

    @Test func aReviewersCorrectionIsNotUndoneByTheFile() throws {
        let folder = try temporaryFolder()
        let path = try write("---\noutlet: Daily\n---\nOfficials said 12 people were hurt in Odesa.", to: "a.md", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([path], into: ledger)
        let id = try #require(try ledger.articles().first?.id)
        let outcome = try ledger.correct(articleId: id, outlet: "Daily Courier", published: "2025-11-25")
        #expect(outcome.status == .updated)
        #expect(try ingest([path], into: ledger).unchanged == 1)
        let current = try #require(try ledger.articles().first)
        #expect(current.outlet == "Daily Courier")
        #expect(current.published == "2025-11-25")
        #expect(throws: LedgerError.self) { try ledger.correct(articleId: id, title: "old version") }
        #expect(throws: LedgerError.self) { try ledger.correct(articleId: current.id, published: "not a date") }
    }

    @Test func aCopyOfAStoredTextIsRecordedAsAnAppearance() throws {
        let folder = try temporaryFolder()
        let text = "Russia launched 430 drones at Ukraine overnight, the air force said."
        try write("---\nurl: https://wire.example/a\noutlet: Wire\npublished: 2025-11-25\n---\n" + text, to: "a.md", in: folder)
        try write("---\nurl: https://daily.example/b\noutlet: Daily\npublished: 2025-11-26\n---\n" + text, to: "b.md", in: folder)
        let ledger = try Ledger.inMemory()
        let summary = try ingest([folder], into: ledger)
        #expect(summary.new == 1)
        let article = try #require(try ledger.articles().first)
        #expect(article.appearances.map(\.url) == ["https://wire.example/a", "https://daily.example/b"])
        #expect(article.appearances.map(\.outlet) == ["Wire", "Daily"])
        // Again: nothing new.
        try ingest([folder], into: ledger)
        #expect(try ledger.article(id: article.id)?.listing.appearances.count == 2)
        guard case .object(let pairs) = article.json else { return }
        #expect(pairs.contains { $0.0 == "appearances" })
    }

    @Test func oneBadFileFailsAloneAndNothingOfItIsWritten() throws {
        let folder = try temporaryFolder()
        try write("Good one.", to: "a.txt", in: folder)
        try write("", to: "b.txt", in: folder)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(
            to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("c.txt")))
        try write("Good two.", to: "d.md", in: folder)
        let ledger = try Ledger.inMemory()
        let summary = try ingest([folder, (folder as NSString).appendingPathComponent("missing.txt")], into: ledger)
        #expect(summary.new == 2)
        #expect(summary.failed == 3)
        #expect(summary.failures.contains { $0.contains("b.txt") && $0.contains("empty") })
        #expect(summary.failures.contains { $0.contains("c.txt") && $0.contains("PNG") })
        #expect(summary.failures.contains { $0.contains("missing.txt") && $0.contains("no such file") })
        #expect(try ledger.articles().count == 2)
    }

    @Test func sameTextUnderAnotherNameIsUnchanged() throws {
        let folder = try temporaryFolder()
        let a = try write("Same words.", to: "a.txt", in: folder)
        let b = try write("Same words.", to: "b.txt", in: folder)
        let ledger = try Ledger.inMemory()
        let summary = try ingest([a, b], into: ledger)
        #expect(summary.new == 1 && summary.unchanged == 1)
        #expect(summary.outcomes[1].relatedArticleId == summary.outcomes[0].articleId)
    }

    @Test func aSecondConnectionWritingAtTheSameTimeWaitsInsteadOfFailing() throws {
        // Two ledgers on one file have separate SQLite connections: the same locking as two processes.
        let folder = try temporaryFolder()
        let path = (folder as NSString).appendingPathComponent("shared.sqlite")
        let one = try Ledger.open(path: path, mode: .create)
        let two = try Ledger.open(path: path, mode: .write)
        for i in 0..<40 { try write("Article number \(i) text.", to: "a\(i).txt", in: folder) }
        let paths = (0..<40).map { (folder as NSString).appendingPathComponent("a\($0).txt") }
        let errors = ErrorBox()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            let ledger = worker == 0 ? one : two
            for (i, p) in paths.enumerated() where i % 2 == worker {
                do {
                    // One transaction per article, interleaved with the other writer's.
                    let input = IngestInputs(paths: [p]).inputs
                    _ = try IngestPipeline(batchSize: 1).run(input, into: ledger) { _ in }
                } catch {
                    errors.append("\(error)")
                }
            }
        }
        #expect(errors.all.isEmpty)
        #expect(try one.articles().count == 40)
        #expect(try one.integrityCheck() == ["ok"])
    }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
