import Foundation
import GRDB
import Testing

@testable import FactLedger

/// The cross-checker's rules, each on a few made-up articles.
struct CrossCheckerTests {
    struct Story {
        var outlet: String
        var published: String?
        var text: String
        var name: String { outlet.lowercased().filter { $0.isLetter || $0.isNumber } + ".md" }
    }

    /// A folder of articles with front matter, ingested into a fresh ledger.
    static func ledger(_ stories: [Story], folder: String? = nil) throws -> (Ledger, String) {
        let folder = try folder ?? temporaryFolder("check")
        for s in stories { try write(markdown(s), to: s.name, in: folder) }
        let ledger = try Ledger.inMemory()
        try ingest([folder], into: ledger)
        return (ledger, folder)
    }

    static func markdown(_ s: Story) -> String {
        "---\noutlet: \(s.outlet)\n" + (s.published.map { "published: \($0)\n" } ?? "") + "---\n" + s.text + "\n"
    }

    /// One attack, two figures.
    static let twoReports = [
        Story(
            outlet: "Daily One", published: "2025-11-25",
            text: "Russia launched 430 drones at Ukraine overnight, the air force said."),
        Story(
            outlet: "Daily Two", published: "2025-11-25",
            text: "Russia launched 464 drones at Ukraine overnight, the air force said."),
    ]

    static func figures(_ flag: FlagListing) -> [String] { flag.claims.map(\.text).sorted() }

    // MARK: - What is flagged

    @Test func flagsTwoCountsOfOneAttackThatCannotBothHold() throws {
        let (ledger, _) = try Self.ledger(Self.twoReports)
        let summary = try ledger.check()
        #expect(summary.conflicts == 1)
        let flags = try ledger.flags(status: nil)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.kind == "conflict")
        #expect(flag.status == "open")
        #expect(Self.figures(flag) == ["430", "464"])
        #expect(flag.title.hasPrefix("drones launched"))
        #expect(flag.dateRelation == "same")
        #expect(flag.explanation.contains("cannot both be true"))
        #expect(Set(flag.claims.compactMap(\.outlet)) == ["Daily One", "Daily Two"])
    }

    @Test func flagsDifferentYearsForOneEventAndQualifiedFiguresThatMiss() throws {
        let (ledger, _) = try Self.ledger([
            Story(
                outlet: "Paper A", published: "2025-11-20",
                text: "Conscription in France was abolished in 1996. Nearly 20 missiles were fired at Kyiv overnight."),
            Story(
                outlet: "Paper B", published: "2025-11-20",
                text: "Conscription in France was abolished in 1997. Russia fired 22 missiles at Kyiv overnight."),
        ])
        try ledger.check()
        let flags = try ledger.flags(status: nil)
        #expect(flags.map(Self.figures).sorted { $0[0] < $1[0] } == [["1996", "1997"], ["22", "Nearly 20"]])
    }

    @Test(arguments: [
        // `more than 460` agrees with 464.
        ["Russia launched 464 drones at Kyiv overnight.", "Russia launched more than 460 drones at Kyiv overnight."],
        // Lower bounds never contradict each other.
        [
            "At least six people were killed in the Kyiv strike.", "At least seven people were killed in the Kyiv strike.",
            "At least eight people were killed in the Kyiv strike.",
        ],
        // An age and `not yet` the next one.
        ["The army chief Dan Driscoll, 39, flew to Kyiv.", "The army chief Dan Driscoll, not yet 40, flew to Kyiv."],
        // The same figure repeated.
        ["The 28-point peace plan was leaked in Kyiv.", "The 28-point peace plan was discussed in Kyiv."],
    ])
    func compatibleFiguresAreNotFlagged(_ texts: [String]) throws {
        let stories = texts.enumerated().map { Story(outlet: "Outlet \($0.offset)", published: "2025-11-25", text: $0.element) }
        let (ledger, _) = try Self.ledger(stories)
        let summary = try ledger.check()
        #expect(summary.conflicts == 0)
        #expect(try ledger.flags(status: nil).isEmpty)
    }

    @Test func differentThingsUnderOneWordAreNotCompared() throws {
        let (ledger, _) = try Self.ledger([
            // Different actions on the same things.
            Story(outlet: "A", published: "2025-11-25", text: "Russia launched 653 drones at Ukraine overnight."),
            Story(outlet: "B", published: "2025-11-25", text: "Ukraine's air force intercepted 585 drones overnight."),
            // Different nationalities.
            Story(outlet: "C", published: "2025-11-27", text: "Two Indonesian domestic workers died in the Hong Kong fire."),
            Story(
                outlet: "D", published: "2025-11-27", text: "At least 19 Filipino domestic workers died in the Hong Kong fire."),
            // A target and a current figure.
            Story(outlet: "E", published: "2025-11-27", text: "France has 47,000 reservists in its armed forces."),
            Story(
                outlet: "F", published: "2025-11-27", text: "France aims to have 100,000 reservists in its armed forces by 2030."),
        ])
        try ledger.check()
        #expect(try ledger.flags(status: nil).isEmpty)
    }

    @Test func attacksFarApartOrUndatedAreNotCompared() throws {
        let (ledger, folder) = try Self.ledger([
            Story(outlet: "A", published: "2025-11-10", text: "Russia launched 450 drones at Ukraine, the air force said."),
            Story(outlet: "B", published: "2025-11-20", text: "Russia launched 476 drones at Ukraine, the air force said."),
            Story(outlet: "C", published: nil, text: "Russia launched 653 drones at Ukraine, the air force said."),
        ])
        let summary = try ledger.check()
        #expect(summary.conflicts == 0)
        #expect(summary.undatedEvents == 1)
        // Published ten days apart: not within a wider window either, as nothing ties the two
        // reports to one attack (attacks on a country recur nightly).
        #expect(try ledger.check(eventWindowDays: 14).conflicts == 0)
        _ = folder
        // Ten days apart on one city: with a wider window, the same place ties them.
        let (city, _) = try Self.ledger([
            Story(outlet: "A", published: "2025-11-10", text: "Russia launched 450 drones at Lviv, the air force said."),
            Story(outlet: "B", published: "2025-11-20", text: "Russia launched 476 drones at Lviv, the air force said."),
        ])
        #expect(try city.check().conflicts == 0)
        #expect(try city.check(eventWindowDays: 14).conflicts == 1)
        // Dated by the sentence (`overnight`) ten days apart: different attacks, whatever the window.
        let (anchored, _) = try Self.ledger([
            Story(
                outlet: "A", published: "2025-11-10", text: "Russia launched 450 drones at Ukraine overnight, the air force said."
            ),
            Story(
                outlet: "B", published: "2025-11-20", text: "Russia launched 476 drones at Ukraine overnight, the air force said."
            ),
        ])
        #expect(try anchored.check(eventWindowDays: 14).conflicts == 0)
    }

    @Test func aLargeBlockStillFindsItsConflictThroughTheIndex() throws {
        // 120 reports of different attacks (more than a block compared pair by pair), one attack reported twice.
        let places = ["Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava", "Vinnytsia", "Mykolaiv", "Chernihiv", "Rivne"]
        let districts = [
            "Northern", "Southern", "Eastern", "Western", "Central", "Riverside", "Oldtown", "Harbour", "Airport", "Industrial",
            "Hillside", "Lakeside",
        ]
        var stories: [Story] = []
        for i in 0..<120 {
            // Ten cities a night, every other night: two nights on one city are two attacks.
            let day = 1 + (i / 10) * 2
            stories.append(
                Story(
                    outlet: "Outlet \(i)", published: String(format: "2025-03-%02d", min(day, 28)),
                    text:
                        "Russia launched \(100 + i) drones at \(places[i % 10])'s \(districts[i / 10]) district overnight, the regional governor said."
                ))
        }
        stories.append(
            Story(
                outlet: "Late Copy", published: "2025-03-01",
                text:
                    "Russia launched 150 drones at \(places[0])'s \(districts[0]) district overnight, the regional governor said."
            ))
        let (ledger, _) = try Self.ledger(stories)
        let summary = try ledger.check()
        #expect(summary.claimsCompared == 121)
        let flags = try ledger.flags(status: nil)
        #expect(flags.map(Self.figures) == [["100", "150"]])
    }

    // MARK: - Updates and syndication

    @Test func aTollRisingOverADayIsAnUpdateAndAFallingOneAConflict() throws {
        let (ledger, _) = try Self.ledger([
            Story(
                outlet: "Early", published: "2025-11-25T06:00:00Z",
                text: "At least one person was killed in the Kyiv strike overnight, officials said."),
            Story(
                outlet: "Later", published: "2025-11-25T12:00:00Z",
                text: "Four people were killed in the Kyiv strike overnight, officials said."),
            Story(
                outlet: "Evening", published: "2025-11-25T20:00:00Z",
                text: "Six people were killed in the Kyiv strike overnight, officials said."),
        ])
        let summary = try ledger.check()
        #expect(summary.conflicts == 0)
        let flags = try ledger.flags(status: nil, kinds: nil)
        #expect(flags.allSatisfy { $0.kind == "update" })
        #expect(flags.count == 1)

        let (falling, _) = try Self.ledger([
            Story(
                outlet: "Early", published: "2025-11-25T06:00:00Z",
                text: "Nine people were killed in the Kyiv strike overnight, officials said."),
            Story(
                outlet: "Later", published: "2025-11-25T12:00:00Z",
                text: "Four people were killed in the Kyiv strike overnight, officials said."),
        ])
        #expect(try falling.check().conflicts == 1)
    }

    @Test func syndicatedCopiesAreOneSource() throws {
        // Two copies of one wire story, the second updated: one source, so no conflict with itself.
        let wire = """
            Russia launched 430 drones at Ukraine overnight, the air force said. It also fired 20 missiles at Kyiv overnight.
            The energy ministry said 12 power plants in Kyiv were hit. At least 8 people were injured in Kyiv, officials said.
            """
        let (ledger, _) = try Self.ledger([
            Story(outlet: "Wire Copy One", published: "2025-11-25", text: wire),
            Story(outlet: "Wire Copy Two", published: "2025-11-25", text: wire.replacingOccurrences(of: "430", with: "460")),
        ])
        try ledger.check()
        #expect(try ledger.flags(status: nil).isEmpty)
    }

    // MARK: - Re-running

    @Test func reRunningKeepsIdsAndReviewHistory() throws {
        let (ledger, _) = try Self.ledger(Self.twoReports)
        try ledger.check()
        let before = try ledger.flags(status: nil)
        let id = try #require(before.first?.id)
        try ledger.decide(.confirm, flag: id, note: "checked with the air force", reviewer: "ana")

        let again = try ledger.check()
        #expect(again.flagsNew == 0)
        let after = try ledger.flags(status: nil)
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.first?.status == "confirmed")
        #expect(try ledger.history(flag: id).map(\.reviewer) == ["ana"])
    }

    @Test func newEvidenceJoinsAReviewedFlagWithoutReopeningIt() throws {
        let (ledger, folder) = try Self.ledger(Self.twoReports)
        try ledger.check()
        let id = try #require(try ledger.flags(status: nil).first?.id)
        try ledger.decide(.confirm, flag: id, reviewer: "ana")
        Thread.sleep(forTimeInterval: 0.01)
        let late = Story(
            outlet: "Daily Three", published: "2025-11-25",
            text: "Russia launched 480 drones at Ukraine overnight, the air force said.")
        try write(Self.markdown(late), to: late.name, in: folder)
        try ingest([folder], into: ledger)
        try ledger.check()
        let flag = try #require(try ledger.flag(id: id))
        #expect(flag.status == "confirmed")
        #expect(Self.figures(flag) == ["430", "464", "480"])
        #expect(flag.members.filter(\.isNew).map(\.claim.text) == ["480"])
    }

    @Test func aFlagWhoseClaimsVanishedIsMarkedStaleNotDeleted() throws {
        let (ledger, folder) = try Self.ledger(Self.twoReports)
        try ledger.check()
        let id = try #require(try ledger.flags(status: nil).first?.id)
        // Daily One corrects its figure.
        let corrected = Story(
            outlet: "Daily One", published: "2025-11-25",
            text: "Russia launched 464 drones at Ukraine overnight, the air force said.")
        try write(Self.markdown(corrected), to: corrected.name, in: folder)
        try ingest([folder], into: ledger)
        let summary = try ledger.check()
        #expect(summary.flagsStale == 1)
        let flag = try #require(try ledger.flag(id: id))
        #expect(flag.stale)
        #expect(flag.members.contains { $0.removed && $0.claim.text == "430" })
    }

    @Test func aReviewedFlagStaysWhenUnrelatedArticlesArrive() throws {
        let (ledger, folder) = try Self.ledger(Self.twoReports)
        try ledger.check()
        let id = try #require(try ledger.flags(status: nil).first?.id)
        try ledger.decide(.dismiss, flag: id, reason: .differentEvents, reviewer: "ana")
        let other = Story(
            outlet: "Daily Four", published: "2025-11-26", text: "Floods displaced 2,000 people in the valley, officials said.")
        try write(Self.markdown(other), to: other.name, in: folder)
        try ingest([folder], into: ledger)
        try ledger.check()
        let flag = try #require(try ledger.flag(id: id))
        #expect(!flag.stale)
        #expect(flag.status == "dismissed")
        #expect(Self.figures(flag) == ["430", "464"])
    }

    // MARK: - Two figures in one article

    @Test func twoEstimatesInOneArticleAreDisputed() throws {
        let (ledger, _) = try Self.ledger([
            Story(
                outlet: "Daily", published: "2025-11-25",
                text:
                    "Police counted 40,000 marchers in Lisbon on Saturday. Organisers said 100,000 marchers took part in Lisbon on Saturday."
            )
        ])
        let summary = try ledger.check()
        #expect(summary.disputed == 1)
        let flag = try #require(try ledger.flags(status: nil).first)
        #expect(flag.kind == "disputed")
        #expect(flag.explanation.contains("two figures for one quantity"))
    }

    // MARK: - Confidence and order

    @Test func flagsCarryAConfidenceAndListTheStrongestFirst() throws {
        let (ledger, _) = try Self.ledger(
            Self.twoReports + [
                Story(outlet: "Weekly", published: nil, text: "Russia launched 300 missiles at Ukraine, the air force said."),
                Story(outlet: "Monthly", published: nil, text: "Russia launched 350 missiles at Ukraine, the air force said."),
            ])
        try ledger.check()
        let flags = try ledger.flags(status: nil)
        #expect(flags.count >= 1)
        #expect(flags.allSatisfy { (0...1).contains($0.confidence) })
        #expect(flags.map(\.confidence) == flags.map(\.confidence).sorted(by: >))
        let strong = try ledger.flags(status: nil, minConfidence: 0.75)
        #expect(strong.allSatisfy { $0.confidence >= 0.75 })
    }

    @Test func theSameArticlesGiveTheSameFlagsInAnyOrder() throws {
        let stories =
            Self.twoReports + [
                Story(
                    outlet: "Daily Three", published: "2025-11-25",
                    text: "Russia launched 480 drones at Ukraine overnight, the air force said."),
                Story(
                    outlet: "Daily Five", published: "2025-11-25",
                    text: "Nine people were killed in Odesa overnight, officials said."),
                Story(
                    outlet: "Daily Six", published: "2025-11-25",
                    text: "Twelve people were killed in Odesa overnight, officials said."),
            ]
        func flags(_ stories: [Story]) throws -> [String] {
            let (ledger, _) = try Self.ledger(stories)
            try ledger.check()
            try ledger.check()
            return try ledger.flags(status: nil, kinds: nil).map { "\($0.kind) \($0.title) \(Self.figures($0)) \($0.confidence)" }
        }
        let forward = try flags(stories)
        #expect(!forward.isEmpty)
        #expect(try flags(stories.reversed()) == forward)
    }
}
