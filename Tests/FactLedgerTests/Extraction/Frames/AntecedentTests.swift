import Testing

@testable import FactLedger

/// Figures that count what an earlier phrase named.
struct AntecedentTests {
    @Test func othersAndMoreCountTheSameThings() throws {
        let text = "The collapse killed four workers and injured 19 others, and a landslide buried two more."
        #expect(frame(of: "19", in: text)?.entity == "people")
        #expect(frame(of: "19", in: text)?.event == "injured")
        #expect(frame(of: "two", in: text)?.entity == "people")
    }

    @Test func aNounAfterOtherIsItsOwn() throws {
        // `two other ministers` names its noun: not the `others` of an earlier count.
        #expect(frame(of: "two", in: "Three judges resigned, and two other ministers left too.")?.entity == "officials")
    }

    @Test func respectivelyPairsFiguresWithNounsInOrder() throws {
        let text = "Soldiers and reservists will number 95,000 and 12,000, respectively."
        #expect(frame(of: "95,000", in: text)?.entity == "troops")
        #expect(frame(of: "12,000", in: text)?.entity == "reservists")
    }

    @Test func ofThemPointsBack() throws {
        let text = "The fleet sent 40 drones over the port; 31 of them were shot down."
        #expect(frame(of: "31", in: text)?.entity == "drones")
        #expect(frame(of: "31", in: text)?.event == "intercepted")
    }
}
