import Testing

@testable import FactLedger

/// The interactive queue driven by scripted keys (the real terminal is tested through a pty by
/// scripts/review_pty_test.py).
struct ReviewSessionTests {
    final class ScriptedTerminal: ReviewTerminal {
        var keys: [Character]
        var lines: [String]
        var output = ""
        init(keys: String, lines: [String] = []) {
            self.keys = Array(keys)
            self.lines = lines
        }
        func readKey() -> Character? { keys.isEmpty ? nil : keys.removeFirst() }
        func readLine(prompt: String) -> String? {
            output += prompt
            return lines.isEmpty ? nil : lines.removeFirst()
        }
        func write(_ text: String) { output += text }
        var paged: [String] = []
        func page(_ text: String) { paged.append(text) }
        var width: Int { 100 }
        var color: Bool { false }
    }

    static func checkedSeeds() throws -> Ledger {
        let ledger = try Ledger.inMemory()
        try ingest(try seedPaths(), into: ledger)
        try ledger.check()
        return ledger
    }

    @Test func decidesSkipsUndoesAndQuits() throws {
        let ledger = try Self.checkedSeeds()
        let order = try ledger.flags(status: .open).map(\.id)
        // confirm (one key), dismiss as different events with a note, skip, confirm, undo that confirm, quit.
        let terminal = ScriptedTerminal(keys: "cd1scuq", lines: ["a week apart"])
        let decided = try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal).run()
        #expect(decided == 2)
        #expect(try ledger.flag(id: order[0])?.status == "confirmed")
        let dismissed = try #require(try ledger.flag(id: order[1]))
        #expect(dismissed.status == "dismissed")
        #expect(dismissed.lastDecision?.reason == "different-events")
        #expect(dismissed.lastDecision?.note == "a week apart")
        #expect(dismissed.lastDecision?.reviewer == "Rita")
        #expect(try ledger.flag(id: order[2])?.status == "open")  // skipped
        #expect(try ledger.flag(id: order[3])?.status == "open")  // confirmed, then undone
        #expect(try ledger.history(flag: order[3]).map(\.action) == ["confirm", "undo"])
        #expect(terminal.output.contains("[1/\(order.count), \(order.count) open left]"))
        #expect(terminal.output.contains("all saved"))
    }

    @Test func resumesAtTheFlagLeftOff() throws {
        let ledger = try Self.checkedSeeds()
        let order = try ledger.flags(status: .open).map(\.id)
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: ScriptedTerminal(keys: "sq")).run()
        let next = ScriptedTerminal(keys: "q")
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: next).run()
        // The first flag was skipped, so the queue left off at the second.
        #expect(next.output.contains("Flag #\(order[1])"))
        #expect(!next.output.contains("Flag #\(order[0]) "))
        // Another reviewer starts at the top.
        let other = ScriptedTerminal(keys: "q")
        try ReviewSession(ledger: ledger, reviewer: "Sam", terminal: other).run()
        #expect(other.output.contains("Flag #\(order[0])"))
    }

    @Test func flagsSkippedInAnEarlierSessionComeBackAtTheEnd() throws {
        let ledger = try Self.checkedSeeds()
        let order = try ledger.flags(status: .open).map(\.id)
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: ScriptedTerminal(keys: "sq")).run()
        // Resumed at the second flag; deciding the rest brings the skipped first flag round.
        let next = ScriptedTerminal(keys: String(repeating: "c", count: order.count - 1) + "q", lines: [])
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: next).run()
        #expect(next.output.contains("[1/\(order.count), \(order.count) open left] Flag #\(order[1])"))
        #expect(next.output.contains("[\(order.count)/\(order.count), 1 open left] Flag #\(order[0])"))
    }

    @Test func skippingEveryFlagEndsTheSessionInsteadOfCycling() throws {
        let ledger = try Self.checkedSeeds()
        let order = try ledger.flags(status: .open).map(\.id)
        let terminal = ScriptedTerminal(keys: String(repeating: "s", count: order.count) + "ssss")
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal).run()
        #expect(terminal.output.contains("Only skipped flags are left (\(order.count) open)."))
        #expect(terminal.output.components(separatedBy: "skipped\n").count - 1 == order.count)
    }

    @Test func theQueueTakesTheFiltersOfFlags() throws {
        let ledger = try Self.checkedSeeds()
        let all = try ledger.flags(status: .open)
        let subject = try #require(all.first?.title.split(separator: " ").first.map(String.init))
        let terminal = ScriptedTerminal(keys: "q")
        let filter = ReviewSession.Filter(subject: subject, minConfidence: 0.5)
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal, filter: filter).run()
        let expected = try ledger.flags(status: .open, subject: subject, minConfidence: 0.5)
        #expect(terminal.output.contains("[1/\(expected.count), \(expected.count) open left]"))
        let none = ScriptedTerminal(keys: "q")
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: none, filter: .init(minConfidence: 1)).run()
        #expect(none.output.contains("No open flags to review"))
    }

    @Test func endOfInputQuitsWithEverythingSaved() throws {
        let ledger = try Self.checkedSeeds()
        let terminal = ScriptedTerminal(keys: "c", lines: ["checked"])
        #expect(try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal).run() == 1)
        #expect(try ledger.flags(status: .confirmed).count == 1)
    }

    @Test func openShowsTheArticlesInThePagerWithTheFiguresMarkedAndTheirURLs() throws {
        let ledger = try Self.checkedSeeds()
        let first = try #require(try ledger.flags(status: .open).first)
        let terminal = ScriptedTerminal(keys: "oq")
        try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal).run()
        let text = try #require(terminal.paged.first)
        for claim in first.claims {
            #expect(text.contains("»\(claim.text)«"))
        }
        #expect(text.contains("URL: "))
        #expect(text.components(separatedBy: "=== ").count - 1 == Set(first.claims.map(\.articleId)).count)
    }

    @Test func aFlagDecidedByAnotherReviewerMeanwhileIsNotOverwritten() throws {
        let ledger = try Self.checkedSeeds()
        let first = try #require(try ledger.flags(status: .open).first)
        // Bob dismisses the flag while Rita's queue shows it: her confirm is refused, not recorded.
        final class RacingTerminal: ReviewTerminal {
            let ledger: Ledger
            let flag: Int64
            var keys: [Character] = ["c", "q"]
            var output = ""
            init(ledger: Ledger, flag: Int64) {
                self.ledger = ledger
                self.flag = flag
            }
            func readKey() -> Character? {
                if keys.first == "c" { _ = try? ledger.decide(.dismiss, flag: flag, reason: .rounding, reviewer: "Bob") }
                return keys.isEmpty ? nil : keys.removeFirst()
            }
            func readLine(prompt: String) -> String? { nil }
            func write(_ text: String) { output += text }
            var width: Int { 100 }
            var color: Bool { false }
        }
        let terminal = RacingTerminal(ledger: ledger, flag: first.id)
        #expect(try ReviewSession(ledger: ledger, reviewer: "Rita", terminal: terminal).run() == 0)
        #expect(terminal.output.contains("not recorded: flag #\(first.id) changed since you looked"))
        #expect(try ledger.flag(id: first.id)?.status == "dismissed")
        #expect(try ledger.history(flag: first.id).map(\.reviewer) == ["Bob"])
    }
}
