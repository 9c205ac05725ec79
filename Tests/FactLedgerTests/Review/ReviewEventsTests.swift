import GRDB
import Testing

@testable import FactLedger

/// Decisions are appended events; the status is derived from them.
struct ReviewEventsTests {
    static func ledgerWithAFlag() throws -> (Ledger, Int64) {
        let ledger = try ReviewSessionTests.checkedSeeds()
        return (ledger, try #require(try ledger.flags(status: .open).first?.id))
    }

    @Test func statusFollowsTheLatestDecisionNotUndone() throws {
        let (ledger, id) = try Self.ledgerWithAFlag()
        try ledger.decide(.confirm, flag: id, reviewer: "a")
        #expect(try ledger.flag(id: id)?.status == "confirmed")
        try ledger.decide(.dismiss, flag: id, reason: .rounding, note: "same figure", reviewer: "b")
        #expect(try ledger.flag(id: id)?.status == "dismissed")
        try ledger.decide(.undo, flag: id, reviewer: "b")
        #expect(try ledger.flag(id: id)?.status == "confirmed")
        try ledger.decide(.note, flag: id, note: "asked the outlet", reviewer: "c")
        try ledger.decide(.reopen, flag: id, reviewer: "c")
        #expect(try ledger.flag(id: id)?.status == "open")
        let history = try ledger.history(flag: id)
        #expect(history.map(\.action) == ["confirm", "dismiss", "undo", "note", "reopen"])
        #expect(history.map(\.undone) == [false, true, false, false, false])
        #expect(history.map(\.reviewer) == ["a", "b", "b", "c", "c"])
    }

    @Test func undoCancelsTheReviewersOwnDecisionOrTheNamedOne() throws {
        let (ledger, id) = try Self.ledgerWithAFlag()
        let mine = try ledger.decide(.confirm, flag: id, reviewer: "a")
        let theirs = try ledger.note(id, "b")
        // `a` undoes: a's confirm, not b's later note.
        let undo = try ledger.decide(.undo, flag: id, reviewer: "a")
        #expect(undo.undoesId == mine.id)
        #expect(throws: LedgerError.self) { try ledger.decide(.undo, flag: id, reviewer: "a") }
        // A named event, whoever made it.
        #expect(try ledger.decide(.undo, flag: id, reviewer: "a", undoEvent: theirs.id).undoesId == theirs.id)
        #expect(throws: LedgerError.self) { try ledger.decide(.undo, flag: id, reviewer: "a", undoEvent: theirs.id) }
    }

    @Test func badDecisionsAreRefusedAndWriteNothing() throws {
        let (ledger, id) = try Self.ledgerWithAFlag()
        #expect(throws: LedgerError.self) { try ledger.decide(.dismiss, flag: id, reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.confirm, flag: id, reason: .rounding, reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.note, flag: id, note: "  ", reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.reopen, flag: id, reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.undo, flag: id, reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.confirm, flag: 9999, reviewer: "a") }
        #expect(throws: LedgerError.self) { try ledger.decide(.confirm, flag: id, reviewer: " ") }
        // A batch with one bad flag writes none of it.
        #expect(throws: LedgerError.self) { try ledger.decide(.confirm, flags: [id, 9999], reviewer: "a") }
        #expect(try ledger.history(flag: id).isEmpty)
    }

    @Test func eventsCannotBeChangedOrDeleted() throws {
        let (ledger, id) = try Self.ledgerWithAFlag()
        try ledger.decide(.confirm, flag: id, reviewer: "a")
        #expect(throws: (any Error).self) {
            try ledger.write { db in try db.execute(sql: "UPDATE review_events SET reviewer = 'x'") }
        }
        #expect(throws: (any Error).self) { try ledger.write { db in try db.execute(sql: "DELETE FROM review_events") } }
        #expect(try ledger.history(flag: id).map(\.reviewer) == ["a"])
    }
}

/// Overturning another reviewer's decision is deliberate (`--force`), repeating it is not.
struct OverturnTests {
    static func decision(_ action: ReviewAction, by reviewer: String) -> ReviewEvent {
        ReviewEvent(
            id: 1, flagId: 1, at: "2025-11-25T00:00:00Z", reviewer: reviewer, action: action.rawValue,
            reason: action == .dismiss ? "rounding" : nil, note: nil, undoesId: nil, undone: false)
    }

    @Test func anotherReviewersDecisionIsOverturnedOnlyByTheOppositeOrAReopen() {
        let confirmed = Self.decision(.confirm, by: "ana")
        #expect(Overturn.wouldOverturn(.dismiss, lastDecision: confirmed, reviewer: "bob"))
        #expect(Overturn.wouldOverturn(.reopen, lastDecision: confirmed, reviewer: "bob"))
        #expect(!Overturn.wouldOverturn(.confirm, lastDecision: confirmed, reviewer: "bob"))
        #expect(!Overturn.wouldOverturn(.dismiss, lastDecision: confirmed, reviewer: "ana"))
        #expect(!Overturn.wouldOverturn(.note, lastDecision: confirmed, reviewer: "bob"))
        #expect(!Overturn.wouldOverturn(.dismiss, lastDecision: Self.decision(.reopen, by: "ana"), reviewer: "bob"))
        #expect(!Overturn.wouldOverturn(.dismiss, lastDecision: nil, reviewer: "bob"))
    }
}

/// Who decided: the login name from the system when nothing names the reviewer.
struct ReviewerNameTests {
    @Test func theAccountNameIsUsedWhenNoOptionOrVariableNamesTheReviewer() {
        let name = Reviewer.resolve(nil, environment: [:])
        #expect(name != "unknown")
        #expect(!name.isEmpty)
        #expect(Reviewer.resolve("  Ana  ", environment: [:]) == "Ana")
        #expect(Reviewer.resolve(nil, environment: ["FACTLEDGER_REVIEWER": "Ben"]) == "Ben")
    }
}

extension Ledger {
    /// A note by `reviewer` (for tests).
    fileprivate func note(_ flag: Int64, _ reviewer: String) throws -> ReviewEvent {
        try decide(.note, flag: flag, note: "checked", reviewer: reviewer)
    }
}
