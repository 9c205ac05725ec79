import Testing

@testable import FactLedger

/// Dates for undated reports from agreeing dated ones.
struct DateInferenceTests {
    @Test func anAgreeingDatedReportDatesAnUndatedOne() {
        let dated = checkClaim(1, value: 300, eventDate: "2025-11-25", basis: .relative)
        let undated = checkClaim(2, published: nil, value: 300, interval: Interval(lower: 270, upper: 300), qualifier: "nearly")
        #expect(DateInference.days(in: [dated, undated]) == [2: Days.from("2025-11-25")!])
    }

    @Test func aFloorDoesNotAgreeWithAFigurePastIt() {
        // `at least 128` holds 156, but 156's interval does not hold 128: no agreement.
        let dated = checkClaim(1, value: 156, eventDate: "2025-11-27", basis: .explicit)
        let undated = checkClaim(2, published: nil, value: 128, interval: Interval(lower: 128, upper: nil))
        #expect(DateInference.days(in: [dated, undated]).isEmpty)
    }

    @Test func twoAgreeingNightsFarApartDateNothing() {
        let a = checkClaim(1, value: 75, eventDate: "2023-05-01", basis: .relative)
        let b = checkClaim(2, value: 75, eventDate: "2025-11-25", basis: .relative)
        let undated = checkClaim(3, published: nil, value: 75)
        #expect(DateInference.days(in: [a, b, undated]).isEmpty)
    }
}
