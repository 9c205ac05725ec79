import Testing

@testable import FactLedger

/// A toll that moves between reports: update or conflict.
struct RunningTollTests {
    @Test func aLaterHigherTollIsAnUpdateAndALaterLowerOneAConflict() {
        let early = tollClaim(1, published: "2025-11-25", value: 4), late = tollClaim(2, published: "2025-11-26", value: 6)
        #expect(RunningToll.judge(early, late, direction: .accumulating, sameStage: false) == .update)
        let lower = tollClaim(3, published: "2025-11-26", value: 2)
        #expect(RunningToll.judge(early, lower, direction: .accumulating, sameStage: false) == .conflict)
        // The missing are found: a toll that moves both ways falls without contradiction.
        #expect(RunningToll.judge(early, lower, direction: .eitherWay, sameStage: false) == .update)
    }

    @Test func timesOrderReportsOfOneDay() {
        let morning = tollClaim(1, published: "2025-11-25T06:00:00Z", value: 9)
        let noon = tollClaim(2, published: "2025-11-25T12:00:00Z", value: 4)
        #expect(RunningToll.isPublishedBefore(morning, noon) == true)
        #expect(RunningToll.judge(morning, noon, direction: .accumulating, sameStage: false) == .conflict)
        // Different time zones, or no time: the order is unknown.
        let offset = tollClaim(3, published: "2025-11-25T05:00:00+02:00", value: 4)
        #expect(RunningToll.isPublishedBefore(morning, offset) == nil)
    }

    @Test func reportsOfUnknownOrderConflictOnlyAtOneStage() {
        let a = tollClaim(1, published: "2025-11-25", value: 44), b = tollClaim(2, published: "2025-11-25", value: 41)
        #expect(RunningToll.judge(a, b, direction: .accumulating, sameStage: false) == .update)
        #expect(RunningToll.judge(a, b, direction: .accumulating, sameStage: true) == .conflict)
    }
}
