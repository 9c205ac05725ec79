import Testing

@testable import FactLedger

/// A figure inside a quotation: the frame is read from the quoted words, and past an attribution
/// that splits the quotation.
struct SplitQuotationTests {
    @Test(arguments: [
        FrameCase(
            sentence: "“Twenty-three drones,” the spokesman said, “were shot down over the city.”", figure: "Twenty-three",
            entity: "drones", event: "intercepted"),
        FrameCase(
            sentence: "\"Eleven climbers,\" she told reporters, \"are still missing.\"", figure: "Eleven", entity: "people",
            event: "missing"),
        FrameCase(
            sentence: "The general said his gunners had destroyed “at least 300 tanks” in the offensive.", figure: "at least 300",
            entity: "tanks", event: "destroyed"),
    ])
    func readsTheQuotedClause(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
        #expect(f.event == c.event)
    }

    @Test func aQuotationWithoutASpeechVerbIsNotResumed() throws {
        // `“Twelve drones,” “nine missiles”`: two quoted lists, no attribution between them.
        let f = try #require(frame(of: "Twelve", in: "The list read “Twelve drones,” “downed near the coast”."))
        #expect(f.entity == "drones")
        #expect(f.event == nil)
    }
}
