import Testing

@testable import FactLedger

/// Whether two figures can both be true.
struct FigureGapTests {
    @Test func boundsThatMeetAreCompatible() {
        let moreThan = checkClaim(1, value: 460, interval: Interval(lower: 460, upper: nil, lowerInclusive: false))
        #expect(FigureGap.gap(moreThan, checkClaim(2, value: 464)) == nil)
        #expect(FigureGap.gap(moreThan, checkClaim(3, value: 430)) == 30)
        let atLeastSix = checkClaim(4, value: 6, interval: Interval(lower: 6, upper: nil))
        let atLeastSeven = checkClaim(5, value: 7, interval: Interval(lower: 7, upper: nil))
        #expect(FigureGap.gap(atLeastSix, atLeastSeven) == nil)
    }

    @Test func roundingOfLargeFiguresIsOneFigure() {
        #expect(FigureGap.gap(checkClaim(1, value: 350_000), checkClaim(2, value: 351_200)) == nil)
        #expect(FigureGap.gap(checkClaim(1, value: 300), checkClaim(2, value: 301)) == 1)
    }

    @Test func aDurationGrowsWithTheTimeBetweenReports() {
        let feb = checkClaim(1, published: "2025-02-24", kind: .duration, unit: "year", value: 3)
        let nov = checkClaim(2, published: "2026-03-01", kind: .duration, unit: "year", value: 4)
        #expect(FigureGap.gap(feb, nov) == nil)
        let sameDay = checkClaim(3, published: "2025-02-24", kind: .duration, unit: "year", value: 4)
        #expect(FigureGap.gap(feb, sameDay) == 1)
    }

    @Test func yearsAreAYearApartNotAFractionOfAnAmount() throws {
        let a = checkClaim(1, kind: .year, value: 1996), b = checkClaim(2, kind: .year, value: 1997)
        let gap = try #require(FigureGap.gap(a, b))
        #expect(gap == 1)
        #expect(FigureGap.relative(gap, a, b) == 1)
    }
}
