import Testing

@testable import FactLedger

/// What happened to the counted things.
struct FigureEventTests {
    @Test(arguments: [
        // After the phrase: a passive, an adjective, a participle with its agent.
        FrameCase(sentence: "Nine miners were killed in the blast.", figure: "Nine", entity: "people", event: "killed"),
        FrameCase(
            sentence: "About 30 hikers remain missing in the hills.", figure: "About 30", entity: "people", event: "missing"),
        FrameCase(
            sentence: "Inspectors counted 18 drones launched by the rebels.", figure: "18", entity: "drones", event: "launched"),
        // Before the figure: a verb, or a casualty verb with no noun.
        FrameCase(
            sentence: "Gunners shot down 27 missiles over the bay.", figure: "27", entity: "missiles", event: "intercepted"),
        FrameCase(
            sentence: "The storm hit the coast, killing at least eight.", figure: "at least eight", entity: "people",
            event: "killed"),
        // A destroyed weapon was intercepted; a destroyed building was destroyed.
        FrameCase(sentence: "Air defences destroyed 12 drones.", figure: "12", entity: "drones", event: "intercepted"),
        FrameCase(sentence: "The quake destroyed 12 buildings.", figure: "12", entity: "buildings", event: "destroyed"),
        // Inside the phrase: a participle before the noun.
        FrameCase(
            sentence: "He wants the $50 billion in frozen central-bank assets.", figure: "$50 billion", entity: "assets",
            event: "frozen"),
    ])
    func findsTheEvent(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
        #expect(f.event == c.event)
    }

    @Test func anAsideBetweenCommasIsLookedThrough() throws {
        let f = try #require(frame(of: "Six", in: "Six passengers, including a toddler, were hurt when the bus overturned."))
        #expect(f.event == "injured")
    }

    @Test func coordinatedPhrasesShareTheVerbAfterThem() throws {
        let text = "A total of 14 rockets, including two decoys, and 90 drones were fired at the port."
        #expect(frame(of: "A total of 14", in: text)?.event == "launched")
        #expect(frame(of: "90", in: text)?.event == "launched")
    }

    @Test func anotherClauseVerbStopsTheSearch() throws {
        // `power was cut` governs `half`; `killed` belongs to the clause before.
        let f = try #require(frame(of: "half", in: "Ten people were killed and power was cut to half of the town."))
        #expect(f.event != "killed")
    }

    @Test func aSeverityAdverbNarrowsTheCount() throws {
        let f = try #require(frame(of: "Five", in: "Five climbers were seriously injured on the ridge."))
        #expect(f.modifiers == ["severe"])
    }
}
