import Foundation
import Testing

@testable import FactLedger

/// Versions under one URL: stated time first, no flip-flop between two files, no replacing
/// another outlet's story.
struct VersionOrderTests {
    static func story(_ text: String, outlet: String = "Daily", modified: String? = nil) -> String {
        "---\nurl: https://daily.example/strike\noutlet: \(outlet)\n" + (modified.map { "modified: \($0)\n" } ?? "")
            + "---\n" + text
    }

    @Test func anOlderCopyReadAfterACorrectionDoesNotBecomeCurrent() throws {
        let folder = try temporaryFolder()
        let ledger = try Ledger.inMemory()
        let corrected = try write(
            Self.story("Dockers said 300 ships waited.", modified: "2025-11-26"), to: "corrected.md", in: folder)
        try ingest([corrected], into: ledger)
        let old = try write(Self.story("Dockers said 200 ships waited.", modified: "2025-11-25"), to: "old.md", in: folder)
        let summary = try ingest([old], into: ledger)
        #expect(summary.warnings.contains { $0.contains("stated older") })
        let current = try ledger.articles()
        #expect(current.count == 1)
        #expect(current[0].file.hasSuffix("corrected.md"))
        #expect(current[0].version == 2)
        let all = try ledger.articles(includeOldVersions: true)
        #expect(all.first { $0.file.hasSuffix("old.md") }?.version == 1)
        #expect(try ledger.integrityCheck() == ["ok"])
    }

    @Test func twoFilesGivingOneURLDoNotAddVersionsOnEveryRun() throws {
        let folder = try temporaryFolder()
        let ledger = try Ledger.inMemory()
        try write(Self.story("Dockers said 300 ships waited."), to: "a.md", in: folder)
        try write(Self.story("Dockers said 200 ships waited."), to: "b.md", in: folder)
        let first = try ingest([folder], into: ledger)
        #expect(first.new == 1 && first.updated == 1)
        #expect(first.warnings.contains { $0.contains("give the same URL") })
        for _ in 0..<2 {
            let again = try ingest([folder], into: ledger)
            #expect(again.unchanged == 2 && again.updated == 0)
        }
        #expect(try ledger.articles(includeOldVersions: true).count == 2)
    }

    @Test func aFileCannotReplaceAnotherOutletsArticleByNamingItsURL() throws {
        let folder = try temporaryFolder()
        let ledger = try Ledger.inMemory()
        let theirs = try write(Self.story("Dockers said 300 ships waited."), to: "daily.md", in: folder)
        try ingest([theirs], into: ledger)
        let other = try write(
            Self.story("Something else entirely: 12 ships sank.", outlet: "Other Times"), to: "other.md", in: folder)
        let summary = try ingest([other], into: ledger)
        #expect(summary.new == 1 && summary.updated == 0)
        #expect(summary.warnings.contains { $0.contains("stored as a separate article") })
        #expect(Set(try ledger.articles().compactMap(\.outlet)) == ["Daily", "Other Times"])
        // The same text with another outlet is still a correction of the article.
        let renamed = try write(Self.story("Dockers said 300 ships waited.", outlet: "The Daily"), to: "daily.md", in: folder)
        #expect(try ingest([renamed], into: ledger).updated == 1)
    }
}
