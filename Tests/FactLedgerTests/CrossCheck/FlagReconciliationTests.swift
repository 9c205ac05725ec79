import Testing

@testable import FactLedger

/// How a check's findings are written over the stored flags.
struct FlagReconciliationTests {
    static func finding(_ claims: [CheckClaim], kind: FlagKind = .conflict) -> FlagReconciliation.Candidate {
        let evidence = SameEvent.Evidence(place: .unknown, dates: .undated, sharedActors: [])
        let factors = Confidence.Factors(dates: 1, place: 1, sources: 1, gap: 1, approximate: 1)
        return FlagReconciliation.Candidate(
            CrossChecker.Finding(
                kind: kind, blockKey: claims[0].blockKey, measure: .datedEvent, claims: claims,
                pairs: [CrossChecker.Pair(a: 0, b: 1, gap: 1, relativeGap: 0.1, evidence: evidence, factors: factors)]))
    }

    static func member(_ c: CheckClaim, linked: Bool = true, current: Bool = true) -> FlagReconciliation.Member {
        FlagReconciliation.Member(claimId: c.id, identity: FlagReconciliation.identity(c), linked: linked, current: current)
    }

    let a = checkClaim(1, value: 430), b = checkClaim(2, value: 464), c = checkClaim(3, value: 470)

    @Test func aFindingNoFlagHoldsIsANewFlag() {
        let plan = FlagReconciliation.plan(findings: [Self.finding([a, b])], flags: [])
        #expect(plan.writes.count == 1)
        #expect(plan.writes[0].flagId == nil)
        #expect(plan.writes[0].link == [1, 2])
    }

    @Test func aFindingKeepsTheFlagThatHoldsItsClaims() {
        let stored = FlagReconciliation.StoredFlag(
            id: 7, kind: "conflict", stale: false, reviewed: false, members: [Self.member(a), Self.member(b)])
        let plan = FlagReconciliation.plan(findings: [Self.finding([a, b, c])], flags: [stored])
        #expect(plan.writes.map(\.flagId) == [7])
        #expect(plan.writes[0].link == [3])
        #expect(plan.stale.isEmpty)
    }

    @Test func aCorrectedArticleFindsItsFlagByIdentity() {
        // Claim 2 re-extracted as claim 12 from a new version of the same article.
        let old = FlagReconciliation.StoredFlag(
            id: 7, kind: "conflict", stale: false, reviewed: true, members: [Self.member(a), Self.member(b, current: false)])
        let newB = checkClaim(12, article: 2, value: 464)
        let plan = FlagReconciliation.plan(findings: [Self.finding([a, newB])], flags: [old])
        #expect(plan.writes.map(\.flagId) == [7])
        #expect(plan.writes[0].unlink == [2])
    }

    @Test func aReviewedFlagIsNeverMadeStaleWhileItsClaimsExist() {
        let reviewed = FlagReconciliation.StoredFlag(
            id: 7, kind: "conflict", stale: false, reviewed: true, members: [Self.member(a), Self.member(b)])
        let open = FlagReconciliation.StoredFlag(
            id: 8, kind: "conflict", stale: false, reviewed: false, members: [Self.member(b), Self.member(c)])
        let plan = FlagReconciliation.plan(findings: [], flags: [reviewed, open])
        #expect(plan.kept == [7])
        #expect(plan.stale == [8])
    }

    @Test func aReviewedFlagKeepsTheClaimsItsReviewerSaw() {
        let reviewed = FlagReconciliation.StoredFlag(
            id: 7, kind: "conflict", stale: false, reviewed: true, members: [Self.member(a), Self.member(b), Self.member(c)])
        let plan = FlagReconciliation.plan(findings: [Self.finding([a, b])], flags: [reviewed])
        #expect(plan.writes[0].unlink.isEmpty)
    }
}
