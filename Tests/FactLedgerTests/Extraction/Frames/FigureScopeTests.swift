import Testing

@testable import FactLedger

/// The period or target a figure is counted over.
struct FigureScopeTests {
    @Test(arguments: [
        FrameCase(sentence: "The plant makes 40,000 cars a year.", figure: "40,000", entity: "vehicles", scope: "per year"),
        FrameCase(
            sentence: "Over the past week, 300 shells fell on the town.", figure: "300", entity: "shells", scope: "past week"),
        FrameCase(
            sentence: "Since the start of the war, 9,000 schools were damaged.", figure: "9,000", entity: "schools",
            scope: "since the war began"),
        FrameCase(sentence: "A year ago, 300 shells fell on the town.", figure: "300", entity: "shells", scope: nil),
    ])
    func readsTheScope(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
        #expect(f.scope == c.scope)
    }

    @Test func scopeIsPartOfTheMeasureKey() throws {
        let yearly = try #require(frame(of: "40,000", in: "The plant makes 40,000 cars a year."))
        let total = try #require(frame(of: "40,000", in: "The plant has made 40,000 cars."))
        #expect(yearly.measureKey != total.measureKey)
    }
}
