import Testing

@testable import FactLedger

/// Confidence: the product of the documented factors.
struct ConfidenceTests {
    static func evidence(_ place: SameEvent.PlaceRelation, _ dates: SameEvent.DateRelation) -> SameEvent.Evidence {
        SameEvent.Evidence(place: place, dates: dates, sharedActors: [])
    }

    @Test func theBestEvidenceIsFullConfidence() {
        let f = Confidence.factors(
            Self.evidence(.same("Kyiv"), .anchored(days: 0)), measure: .datedEvent, relativeGap: 0.1,
            a: checkClaim(1, value: 41), b: checkClaim(2, value: 44))
        #expect(f.value == 1)
        #expect(Confidence.label(f.value) == "strong")
    }

    @Test func eachWeakerPieceOfEvidenceLowersIt() {
        let a = checkClaim(1, value: 430), b = checkClaim(2, value: 464, qualifier: "about")
        let f = Confidence.factors(
            Self.evidence(.unknown, .published(days: 8)), measure: .datedEvent, relativeGap: 0.073, a: a, b: b)
        // 0.9 less 0.02 a day, down to its floor.
        #expect(f.dates == 0.75)
        #expect(f.place == 0.85)
        #expect(f.approximate == 0.9)
        #expect(f.value == ((0.75 * 0.85 * 0.9) * 1000).rounded() / 1000)
        let undated = Confidence.factors(
            Self.evidence(.unknown, .undated), measure: .datedEvent, relativeGap: 0.01, a: checkClaim(1, value: 1), b: a)
        #expect(Confidence.label(undated.value) == "weak")
    }

    @Test func oneArticleAndOneOutletCountAsLessIndependent() {
        let e = Self.evidence(.same("Kyiv"), .anchored(days: 0))
        let inOne = Confidence.factors(
            e, measure: .standing, relativeGap: 1, a: checkClaim(1, article: 5, value: 1), b: checkClaim(2, article: 5, value: 2))
        #expect(inOne.sources == 0.8)
        let oneOutlet = Confidence.factors(
            e, measure: .standing, relativeGap: 1, a: checkClaim(1, outlet: "Daily", value: 1),
            b: checkClaim(2, outlet: "daily", value: 2))
        #expect(oneOutlet.sources == 0.85)
    }

    @Test func labelsFollowTheTable() {
        #expect(Confidence.label(0.75) == "strong")
        #expect(Confidence.label(0.74) == "moderate")
        #expect(Confidence.label(0.5) == "moderate")
        #expect(Confidence.label(0.49) == "weak")
    }
}
