import Testing

@testable import FactLedger

/// A figure that places an event in time measures nothing.
struct RelativeTimeTests {
    @Test func aDurationWithAgoOrLaterDatesAnEvent() {
        #expect(frame(of: "three years ago", in: "The dam was built three years ago by the company.")?.entity == nil)
        #expect(frame(of: "two years later", in: "The town was rebuilt two years later with new funds.")?.entity == nil)
    }

    @Test func aCountBeforeAMonthIsADate() {
        let claims = extraction("Drones struck on the night of 2-3 December, officials said.").claims
        #expect(!claims.contains { $0.kind == .count && $0.frame.entity != nil })
    }
}
