import Testing

@testable import FactLedger

/// The counted noun written after the figure.
struct CountedPhraseTests {
    @Test(arguments: [
        FrameCase(sentence: "The navy counted 14 Turkish-built patrol boats in the harbour.", figure: "14", entity: "ships"),
        FrameCase(
            sentence: "Its budget plan sets aside 9,000 (soldiers, that is) for the border.", figure: "9,000", entity: "troops"),
        FrameCase(sentence: "Nearly 40% of households lost power.", figure: "Nearly 40%", entity: "dwellings"),
        FrameCase(sentence: "The estate has 640 residential units.", figure: "640", entity: "dwellings"),
        FrameCase(sentence: "Officials counted 12 cracked school windows.", figure: "12", entity: "window"),
        FrameCase(sentence: "The town's 3,200 elderly residents were moved.", figure: "3,200", entity: "people"),
    ])
    func readsTheNounAfterTheFigure(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
    }

    @Test func aVerbTheLexiconAlsoKnowsAsANounStaysInThePhrase() throws {
        // The tagger may read `plan to` as a verb; `plan` is still what a numbered document is.
        let f = try #require(frame(of: "12-point", in: "Envoys drafted a 12-point harbour plan to end the strike."))
        #expect(f.entity == "plan")
    }

    @Test func aProperNounIsNoCommonThing() throws {
        // `House` in a name is not a dwelling.
        let f = try #require(frame(of: "five", in: "Guards escorted five Opera House visitors out."))
        #expect(f.entity != "houses")
    }
}
