import Testing

@testable import FactLedger

/// The counted noun written before the figure, when none follows it.
struct CountedNounBeforeTests {
    @Test(arguments: [
        FrameCase(
            sentence: "The death toll from the flood near the old mill district has climbed to 61.", figure: "61",
            entity: "people",
            event: "killed"),
        FrameCase(
            sentence: "The number of injuries was revised to 140 on Friday.", figure: "140", entity: "people", event: "injured"),
        FrameCase(
            sentence: "The treaty would cap the size of the navy's reserve forces at 20,000.", figure: "20,000", entity: "troops",
            event: "capped", modifiers: ["reserve"]),
        FrameCase(
            sentence: "Banks froze a quarter of the oligarch's holdings—totaling nearly $4 billion.", figure: "nearly $4 billion",
            entity: "holding", event: "frozen"),
        FrameCase(
            sentence: "After a long winter, the village population has fallen by about 300.", figure: "about 300",
            entity: "population"),
    ])
    func readsTheNounTheClauseIsAbout(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
        #expect(f.event == c.event)
        #expect(f.modifiers == c.modifiers)
    }
}
