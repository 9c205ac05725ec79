import Foundation
import Testing

@testable import FactLedger

/// Ingest batches: bounded by bytes as well as by count, and a failure part way says what was kept.
struct IngestBatchTests {
    static func inputs(_ n: Int) -> [IngestInput] {
        (0..<n).map { IngestInput(path: "/tmp/a\($0).txt", file: "a\($0).txt", format: nil) }
    }

    @Test func largeFilesGoOneBatchEachAndSmallOnesShareUpToTheCount() {
        let big = IngestPipeline.batches(Self.inputs(12), count: 64, bytes: 4 << 20) { _ in 5_000_000 }
        #expect(big.map(\.count) == Array(repeating: 1, count: 12))
        let small = IngestPipeline.batches(Self.inputs(100), count: 64, bytes: 4 << 20) { _ in 2_000 }
        #expect(small.map(\.count) == [64, 36])
        let mixed = IngestPipeline.batches(Self.inputs(4), count: 64, bytes: 4 << 20) { $0.file == "a1.txt" ? 5_000_000 : 1_000 }
        #expect(mixed.map { $0.map(\.file) } == [["a0.txt"], ["a1.txt"], ["a2.txt", "a3.txt"]])
        #expect(IngestPipeline.batches([], count: 64, bytes: 1) { _ in 0 }.isEmpty)
    }

    @Test func aFullLedgerPartWaySaysWhatWasKept() throws {
        let folder = try temporaryFolder()
        let db = (folder as NSString).appendingPathComponent("full.sqlite")
        let ledger = try Ledger.open(path: db, mode: .create)
        let articles = (folder as NSString).appendingPathComponent("articles")
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for i in 0..<12 {
            let text = (0..<40).map { "Officials said \($0 + i * 100) people were evacuated from district \(i)-\($0)." }
            try write(text.joined(separator: " "), to: String(format: "a%02d.txt", i), in: articles)
        }
        // A ledger that can grow only a little: the first batches fit, a later one does not.
        let pages = try ledger.write { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        _ = try ledger.write { db in try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages + 40)") }
        let inputs = IngestInputs(paths: [articles]).inputs
        do {
            _ = try IngestPipeline(batchSize: 2).run(inputs, into: ledger) { _ in }
            Issue.record("the ingest should have run out of room")
        } catch let interrupted as IngestInterrupted {
            let kept = interrupted.kept.new
            #expect(kept > 0 && kept < 12)
            #expect(interrupted.notWritten == 12 - kept)
            #expect(try ledger.articles().count == kept)
            let message = interrupted.description
            #expect(message.contains("full"))
            #expect(message.contains("kept \(kept) files"))
            #expect(!message.contains("nothing was written"))
        }
    }
}
