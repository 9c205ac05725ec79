import Testing

@testable import FactLedger

/// Verdicts per figure, removals and splits: review events, undoable, kept through re-checks.
struct FigureVerdictTests {
    static func flagWithFigures() throws -> (Ledger, FlagListing) {
        let ledger = try ReviewSessionTests.checkedSeeds()
        let flag = try #require(try ledger.flags(status: .open).first { $0.claims.count >= 2 })
        return (ledger, flag)
    }

    @Test func aVerdictIsKeptPerFigureAndUndoTakesItBack() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let (right, wrong) = (flag.claims[0].id, flag.claims[1].id)
        try ledger.decide(.rate, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: right, verdict: .correct))
        try ledger.decide(.rate, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: wrong, verdict: .unverified))
        try ledger.decide(.rate, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: wrong, verdict: .wrong))
        var members = try #require(try ledger.flag(id: flag.id)).members
        #expect(members.first { $0.claim.id == right }?.verdict == .correct)
        #expect(members.first { $0.claim.id == wrong }?.verdict == .wrong)
        // A verdict rates a figure without deciding the flag.
        #expect(try ledger.flag(id: flag.id)?.status == "open")
        try ledger.decide(.undo, flag: flag.id, reviewer: "ana")
        members = try #require(try ledger.flag(id: flag.id)).members
        #expect(members.first { $0.claim.id == wrong }?.verdict == .unverified)
        // The verdicts outlive a re-check: they name the flag and the claim, which re-checks keep.
        try ledger.check()
        members = try #require(try ledger.flag(id: flag.id)).members
        #expect(members.first { $0.claim.id == right }?.verdict == .correct)
        #expect(try ledger.history(flag: flag.id).map(\.action) == ["rate", "rate", "rate", "undo"])
    }

    @Test func aVerdictNeedsAFigureOfTheFlag() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        #expect(throws: LedgerError.self) {
            try ledger.decide(.rate, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: 999_999, verdict: .wrong))
        }
        #expect(throws: LedgerError.self) {
            try ledger.decide(.rate, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: flag.claims[0].id))
        }
        #expect(throws: LedgerError.self) {
            try ledger.decide(.confirm, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: flag.claims[0].id))
        }
        #expect(try ledger.history(flag: flag.id).isEmpty)
    }

    @Test func aRemovedFigureStaysOutThroughReChecksUntilUndone() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let claim = flag.claims[0].id
        #expect(throws: LedgerError.self) {
            try ledger.decide(.removeClaim, flag: flag.id, reviewer: "ana", detail: DecisionDetail(claim: claim))
        }
        try ledger.decide(
            .removeClaim, flag: flag.id, reason: .extractionError, reviewer: "ana", detail: DecisionDetail(claim: claim))
        func inFlag() throws -> Bool { try ledger.flag(id: flag.id)?.claims.contains { $0.id == claim } ?? false }
        #expect(try !inFlag())
        let removed = try #require(try ledger.flag(id: flag.id)?.members.first { $0.claim.id == claim })
        #expect(removed.removedBy?.reason == "extraction-error")
        try ledger.check()
        #expect(try !inFlag())
        try ledger.decide(.undo, flag: flag.id, reviewer: "ana")
        #expect(try inFlag())
    }

    @Test func aSplitMakesANewFlagThatReChecksLeaveAloneAndUndoWithdraws() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let moved = flag.claims[0].id
        #expect(throws: LedgerError.self) {
            try ledger.split(flag: flag.id, claims: flag.claims.map(\.id), reviewer: "ana")
        }
        let (event, child) = try ledger.split(flag: flag.id, claims: [moved], note: "another attack", reviewer: "ana")
        #expect(event.splitFlagId == child)
        let parent = try #require(try ledger.flag(id: flag.id))
        #expect(!parent.claims.contains { $0.id == moved })
        #expect(parent.splitInto == [child])
        let split = try #require(try ledger.flag(id: child))
        #expect(split.claims.map(\.id) == [moved])
        #expect(split.splitFrom == flag.id)
        #expect(split.status == "open")
        // A re-check keeps the split: the figure stays out of the parent, the new flag is not stale.
        try ledger.check()
        #expect(try !(ledger.flag(id: flag.id)?.claims.contains { $0.id == moved } ?? true))
        #expect(try ledger.flag(id: child)?.stale == false)
        try ledger.decide(.undo, flag: flag.id, reviewer: "ana")
        #expect(try ledger.flag(id: flag.id)?.claims.contains { $0.id == moved } == true)
        #expect(try !ledger.flags(status: nil).contains { $0.id == child })
        #expect(throws: LedgerError.self) { try ledger.decide(.confirm, flag: child, reviewer: "ana") }
    }

    @Test func aDecisionOnAViewAnotherReviewerChangedIsRefusedUnlessForced() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let view = flag.stateEvent
        try ledger.decide(.confirm, flag: flag.id, reviewer: "bob", seen: [flag.id: view])
        #expect(throws: LedgerError.self) {
            try ledger.decide(.dismiss, flag: flag.id, reason: .rounding, reviewer: "ana", seen: [flag.id: view])
        }
        #expect(try ledger.flag(id: flag.id)?.status == "confirmed")
        // Notes and verdicts by others do not make a view stale.
        let fresh = try #require(try ledger.flag(id: flag.id)).stateEvent
        try ledger.decide(.note, flag: flag.id, note: "called the ministry", reviewer: "bob")
        try ledger.decide(.note, flag: flag.id, note: "me too", reviewer: "ana", seen: [flag.id: fresh])
        try ledger.decide(.dismiss, flag: flag.id, reason: .rounding, reviewer: "ana", seen: [flag.id: view], force: true)
        #expect(try ledger.flag(id: flag.id)?.status == "dismissed")
    }

    @Test func aPublicNoteIsMarkedAndNeedsText() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let event = try ledger.decide(
            .confirm, flag: flag.id, note: "The ministry's own figure is 464.", reviewer: "ana",
            detail: DecisionDetail(publicNote: true))
        #expect(event.isPublic)
        #expect(try ledger.history(flag: flag.id).first?.isPublic == true)
        #expect(throws: LedgerError.self) {
            try ledger.decide(.note, flag: flag.id, note: " ", reviewer: "ana", detail: DecisionDetail(publicNote: true))
        }
    }

    @Test func flagsCanBeListedByTheOutletOfAFigure() throws {
        let (ledger, flag) = try Self.flagWithFigures()
        let outlet = try #require(flag.claims.compactMap(\.outlet).first)
        let listed = try ledger.flags(status: .open, outlet: String(outlet.dropFirst()).lowercased())
        #expect(listed.contains { $0.id == flag.id })
        #expect(
            listed.allSatisfy { $0.claims.contains { $0.outlet?.lowercased().contains(outlet.dropFirst().lowercased()) == true } }
        )
        #expect(try ledger.flags(status: .open, outlet: "No Such Outlet Anywhere").isEmpty)
    }
}
