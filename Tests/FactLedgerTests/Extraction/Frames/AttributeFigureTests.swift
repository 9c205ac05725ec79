import Testing

@testable import FactLedger

/// A figure hyphened to a noun before another noun describes one thing.
struct AttributeFigureTests {
    @Test func aSizeOfOneThingCountsNothing() {
        #expect(frame(of: "22-storey", in: "Fire swept through a 22-storey building in the city.")?.entity == nil)
        #expect(frame(of: "five-member", in: "A five-member panel will review the case.")?.entity == nil)
    }

    @Test func aGroupSizeAndNumberWordsKeepTheirFrame() {
        #expect(frame(of: "600,000-strong", in: "The plan allows a 600,000-strong army.")?.entity == "troops")
        #expect(frame(of: "twenty-two", in: "Russia fired twenty-two missiles overnight.")?.entity == "missiles")
    }
}
