import Testing

@testable import FactLedger

/// Sentence → figure, interval, unit and subject: one row per pattern the claim extractor reads.
struct ClaimExtractorTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: String
        /// The figure as written (`nearly 20`).
        var text: String
        var lower: Double?
        var upper: Double?
        var unit: String? = nil
        var subject: String?
        var kind: ClaimKind = .count
        var description: String { sentence }
    }

    static let inf: Double? = nil

    @Test(arguments: [
        // Digits, separators, decimals, scales and suffixes.
        Case(sentence: "Russia launched 430 drones overnight.", text: "430", lower: 430, upper: 430, subject: "drones launched"),
        Case(
            sentence: "The army would be capped at 800,000 troops.", text: "800,000", lower: 800_000, upper: 800_000,
            subject: "troops capped"),
        Case(sentence: "They bought 1.5k rifles.", text: "1.5k", lower: 1500, upper: 1500, subject: "rifle"),
        Case(
            sentence: "Sweden will spend 3.5bn SEK on air defences.", text: "3.5bn SEK", lower: 3.5e9, upper: 3.5e9, unit: "SEK",
            subject: "defence spent", kind: .money),
        Case(
            sentence: "The US pledged $100 billion for reconstruction.", text: "$100 billion", lower: 1e11, upper: 1e11,
            unit: "USD",
            subject: "reconstruction pledged", kind: .money),
        Case(
            sentence: "Britain gave £10m to the energy fund.", text: "£10m", lower: 1e7, upper: 1e7, unit: "GBP",
            subject: "funds",
            kind: .money),
        Case(
            sentence: "The plan envisages a 1 million-plus strong workforce.", text: "1 million-plus", lower: 1e6, upper: inf,
            subject: "workforce"),
        // `m` after a height is metres.
        Case(sentence: "The wall is 30m high.", text: "30m", lower: 30, upper: 30, unit: "m", subject: "high", kind: .measure),
        // Words.
        Case(
            sentence: "Russia fired four hypersonic Kinzhals.", text: "four", lower: 4, upper: 4,
            subject: "kinzhals (hypersonic)"),
        Case(sentence: "There were twenty-two missiles.", text: "twenty-two", lower: 22, upper: 22, subject: "missiles"),
        Case(sentence: "He bought a dozen eggs.", text: "a dozen", lower: 12, upper: 12, subject: "egg"),
        Case(
            sentence: "He said hundreds of thousands of soldiers have died.", text: "hundreds of thousands", lower: 200_000,
            upper: 1_000_000, subject: "troops killed"),
        Case(sentence: "A third of voters backed him.", text: "A third", lower: 1.0 / 3, upper: 1.0 / 3, subject: "voters"),
        Case(sentence: "Half of the budget was spent.", text: "Half", lower: 0.5, upper: 0.5, subject: "budget spent"),
        // Percentages and splits.
        Case(
            sentence: "About 90% of disputes were settled.", text: "About 90%", lower: 81, upper: 99, unit: "%",
            subject: "dispute",
            kind: .percent),
        Case(
            sentence: "Some 50 percent of the power will go to Kyiv.", text: "Some 50 percent", lower: 45, upper: 55, unit: "%",
            subject: "power", kind: .percent),
        // Ranges.
        Case(
            sentence: "Between 5 and 10 people were hurt.", text: "Between 5 and 10", lower: 5, upper: 10,
            subject: "people injured"),
        Case(
            sentence: "They hired from 2,000 to 3,000 workers.", text: "from 2,000 to 3,000", lower: 2000, upper: 3000,
            subject: "people"),
        // Durations, ages, years, dates.
        Case(
            sentence: "The meeting lasted nearly one-and-a-half hours.", text: "nearly one-and-a-half hours", lower: 1.35,
            upper: 1.5,
            unit: "hour", subject: "talks", kind: .duration),
        Case(
            sentence: "The five-hour meeting ended.", text: "five-hour", lower: 5, upper: 5, unit: "hour", subject: "talks",
            kind: .duration),
        Case(
            sentence: "Dan Driscoll, 39, is the army secretary.", text: "39", lower: 39, upper: 39, unit: "year",
            subject: "age (driscoll)",
            kind: .age),
        Case(
            sentence: "The army chief – not yet 40 – found himself in Kyiv.", text: "not yet 40", lower: 0, upper: 40,
            unit: "year",
            subject: "age", kind: .age),
        Case(
            sentence: "Conscription in France was abolished in 1996.", text: "1996", lower: 1996, upper: 1996,
            subject: "military service abolished", kind: .year),
        // Qualifiers.
        Case(
            sentence: "At least eight people were killed.", text: "At least eight", lower: 8, upper: inf, subject: "people killed"
        ),
        Case(sentence: "No fewer than 12 ships sank.", text: "No fewer than 12", lower: 12, upper: inf, subject: "ships"),
        // The tagger's verbs end the counted phrase: `anchored` is not a ship.
        Case(sentence: "Officials counted 40 ships anchored off the coast.", text: "40", lower: 40, upper: 40, subject: "ships"),
        Case(
            sentence: "More than 460 drones were launched.", text: "More than 460", lower: 460, upper: inf,
            subject: "drones launched"),
        Case(
            sentence: "Almost 600 drones were launched.", text: "Almost 600", lower: 540, upper: 600, subject: "drones launched"),
        Case(sentence: "Nearly 20 missiles were fired.", text: "Nearly 20", lower: 18, upper: 20, subject: "missiles launched"),
        Case(
            sentence: "Around 75 drones were launched.", text: "Around 75", lower: 67.5, upper: 82.5, subject: "drones launched"),
        Case(sentence: "About 100 people were injured.", text: "About 100", lower: 75, upper: 125, subject: "people injured"),
        Case(sentence: "Up to 50 shells were fired.", text: "Up to 50", lower: 0, upper: 50, subject: "shells launched"),
        Case(
            sentence: "The plan caps Ukraine's army at a maximum of 600,000 troops.", text: "a maximum of 600,000", lower: 0,
            upper: 600_000, subject: "troops capped"),
        // Casualties: one measure however it is written.
        Case(
            sentence: "The strike hit Kyiv, killing at least seven people.", text: "at least seven", lower: 7, upper: inf,
            subject: "people killed"),
        Case(sentence: "Six deaths were reported.", text: "Six", lower: 6, upper: 6, subject: "people killed"),
        Case(sentence: "The attack left 6 dead.", text: "6", lower: 6, upper: 6, subject: "people killed"),
        // A count that names a document.
        Case(
            sentence: "The 28-point plan was leaked.", text: "28-point", lower: 28, upper: 28, unit: "point", subject: "plan",
            kind: .document),
        // A word tagged as a verb that can be a noun and is no past form stays in the phrase (`plan to`).
        Case(
            sentence: "He delivered a 28-point White House peace plan to Kyiv.", text: "28-point", lower: 28, upper: 28,
            unit: "point", subject: "plan", kind: .document),
    ])
    func readsTheFigureItsIntervalAndSubject(_ c: Case) throws {
        let claims = extraction(c.sentence).claims
        let claim = try #require(claims.first { $0.text == c.text }, "no claim \(c.text) in \(claims.map(\.text))")
        #expect(claim.kind == c.kind)
        #expect(Self.close(claim.lower, c.lower), "lower \(String(describing: claim.lower))")
        #expect(Self.close(claim.upper, c.upper), "upper \(String(describing: claim.upper))")
        #expect(claim.unit == c.unit)
        if let subject = c.subject { #expect(claim.subject == subject) }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test func openIntervalsSayWhichEndIsExcluded() throws {
        let more = try #require(extraction("More than 460 drones were launched.").claims.first)
        #expect(!more.lowerInclusive)
        let least = try #require(extraction("At least 460 drones were launched.").claims.first)
        #expect(least.lowerInclusive)
        let yet = try #require(extraction("The chief, not yet 40, resigned.").claims.first)
        #expect(!yet.upperInclusive)
    }

    @Test(arguments: [
        ("The COVID-19 pandemic spread.", "19"),
        ("They invoked Article 5 of the treaty.", "5"),
        ("Kh-101 missiles flew.", "101"),
        ("Leaders met at the G20.", "20"),
        ("4.58pm GMT The minister spoke.", "4.58"),
        ("One of them spoke.", "One"),
        ("Four of the seven blocks burned.", "Four"),
        ("Russia used one-way attack drones.", "one"),
        ("1. The first point.", "1"),
    ])
    func identifiersTimesAndPartsAreNotClaims(_ sentence: String, _ figure: String) {
        let claims = extraction(sentence).claims
        #expect(!claims.contains { $0.text.contains(figure) }, "\(claims.map(\.text))")
    }

    @Test func aBracketedConversionIsLinkedToTheFigureItConverts() throws {
        let claims = extraction("Sweden will spend 3.5bn SEK (£280m) on air defences.").claims
        let sek = try #require(claims.firstIndex { $0.unit == "SEK" })
        let gbp = try #require(claims.first { $0.unit == "GBP" })
        #expect(gbp.converts == sek)
        #expect(claims[sek].converts == nil)
    }

    @Test func aFigureInsideAQuoteOrAfterSaidIsTheSpeakers() throws {
        let e = extraction(
            "Ukrainian President Volodymyr Zelenskyy spoke on Tuesday. “Russia launched 464 drones,” Zelenskyy said. Kyiv mayor Vitali Klitschko said 13 people were injured. Another 12 buildings burned."
        )
        let drones = try #require(e.claims.first { $0.text == "464" })
        #expect(drones.speaker.flatMap { e.entities[$0].name } == "Volodymyr Zelenskyy")
        #expect(drones.quote != nil)
        let injured = try #require(e.claims.first { $0.text == "13" })
        #expect(injured.speaker.flatMap { e.entities[$0].name } == "Vitali Klitschko")
        let buildings = try #require(e.claims.first { $0.text == "12" })
        #expect(buildings.speaker == nil)
    }

    @Test(arguments: [
        // Published in the morning: `overnight` is the night that just ended.
        ("Russia launched 430 drones overnight.", "430", "2025-11-25", EventDateBasis.relative),
        ("Russia launched 430 drones last week.", "430", "2025-11-18", .relative),
        ("On Tuesday, Russia launched 430 drones.", "430", "2025-11-25", .relative),
        ("Conscription was abolished in 1996.", "1996", "1996", .explicit),
        ("Russia launched 430 drones.", "430", "2025-11-25", .published),
    ])
    func datesTheEventFromTheSentenceAndThePublishedDate(
        _ sentence: String, _ figure: String, _ date: String, _ basis: EventDateBasis
    )
        throws
    {
        // Published on Tuesday 25 November 2025.
        let article = Article(file: "t.txt", metadata: ArticleMetadata(published: "2025-11-25T08:00:00Z"), text: sentence)
        let claim = try #require(Extractor().extract(article).claims.first { $0.text == figure })
        #expect(claim.eventDate == date)
        #expect(claim.eventDateBasis == basis)
    }

    /// A figure given as an earlier stage of a running story carries `@earlier`, so it is compared
    /// only with other earlier figures, not with the current toll.
    @Test func anEarlierFigureIsMarked() throws {
        let text = "Six people were killed, the mayor said. He had earlier said two people were killed."
        let claims = extraction(text).claims
        let now = try #require(claims.first { $0.text.lowercased() == "six" })
        let before = try #require(claims.first { $0.text.lowercased() == "two" })
        #expect(!(now.context ?? "").contains("@earlier"))
        #expect((before.context ?? "").contains("@earlier"))
    }
}
