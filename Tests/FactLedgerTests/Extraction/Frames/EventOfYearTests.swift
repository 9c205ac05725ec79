import Testing

@testable import FactLedger

/// A year as the date of an event, not a count.
struct EventOfYearTests {
    @Test(arguments: [
        FrameCase(
            sentence: "The republic abolished compulsory military service in 2004.", figure: "2004", entity: "military service",
            event: "abolished"),
        FrameCase(
            sentence: "National service, scrapped in 2004, may return.", figure: "2004", entity: "military service",
            event: "abolished"),
        FrameCase(
            sentence: "Conscription, which was ended in 2004, may return.", figure: "2004", entity: "military service",
            event: "abolished"),
        FrameCase(
            sentence: "Conscription in Latvia was suspended in 2007.", figure: "2007", entity: "military service",
            event: "abolished"),
        FrameCase(
            sentence: "Voluntary military service was introduced in 2019.", figure: "2019", entity: "military service",
            event: "introduced", modifiers: ["voluntary"]),
    ])
    func datesTheEvent(_ c: FrameCase) throws {
        let f = try #require(frame(of: c.figure, in: c.sentence))
        #expect(f.entity == c.entity)
        #expect(f.event == c.event)
        #expect(f.modifiers == c.modifiers)
    }

    @Test func aTargetYearIsNotTheDateOfAnEvent() throws {
        // `by 2030` sets a target; it is the scope of the figure it governs.
        let text = "The army plans to grow to 50,000 reservists by 2030."
        #expect(frame(of: "2030", in: text) == nil)
        #expect(frame(of: "50,000", in: text)?.scope == "by 2030")
    }

    @Test func aNounOfAnEventIsDatedWithoutAVerb() throws {
        #expect(frame(of: "1991", in: "Hardliners plotted the coup in 1991.")?.entity != nil)
    }
}
