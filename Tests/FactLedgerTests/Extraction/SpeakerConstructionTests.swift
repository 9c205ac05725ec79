import Testing

@testable import FactLedger

/// Constructions of attribution common in news, each on its own invented example.
struct SpeakerConstructionTests {
    static func written(_ text: String) -> String? { extraction(text).quotes.first?.speakerAsWritten }

    /// 1️⃣…2️⃣ marks the quote, 3️⃣…4️⃣ the speaker as written; `speaker` is the resolved name.
    struct Case: Sendable, CustomStringConvertible {
        var marked: String
        var speaker: String
        var description: String { speaker }
    }

    @Test(arguments: [
        Case(marked: "3️⃣Maria Lopez, The Daily Courier4️⃣: “1️⃣The council has lost the plot on parking.2️⃣”", speaker: "Maria Lopez"),
        Case(
            marked: "“1️⃣We expect the ships back by Friday,2️⃣” said 3️⃣a spokeswoman for the port authority, Dana Whitfield4️⃣.",
            speaker: "Dana Whitfield"),
        Case(
            marked: "3️⃣Regional Inspector General of Police Samuel Adeyemi Cole4️⃣ said: “1️⃣We have arrested four suspects.2️⃣”",
            speaker: "Samuel Adeyemi Cole"),
        Case(
            marked: "The union rejected the offer, with 3️⃣spokesman Ravi Menon4️⃣ saying, “1️⃣This is not a serious proposal.2️⃣”",
            speaker: "Ravi Menon"),
        Case(
            marked: "“1️⃣A disaster from start to finish.2️⃣” That was how 3️⃣Paul Ortiz4️⃣ described the rollout.",
            speaker: "Paul Ortiz"),
        Case(marked: "“1️⃣We will not back down,2️⃣” 3️⃣Smith and Jones4️⃣ wrote in a joint letter.", speaker: "Smith and Jones"),
        Case(
            marked: "Police Chief Anna Berg met reporters. “1️⃣We are following every lead,2️⃣” 3️⃣the police chief4️⃣ said.",
            speaker: "Anna Berg"),
        Case(
            marked: "“1️⃣Prices will keep rising,2️⃣” says 3️⃣economist Clara Fink4️⃣, who leads the forecasting team at the bank.",
            speaker: "Clara Fink"),
    ])
    func attributesTheMarkedQuoteToTheMarkedSpeaker(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let x = extraction(marked.text)
        let q = try #require(x.quotes.first { $0.range == marked.ranges[0] }, "\(x.quotes.map { ($0.text, $0.range) })")
        #expect(x.speakerName(q) == c.speaker)
        #expect(q.speakerRange == marked.ranges[1])
    }

    @Test func aReactionColumnsLabelNamesTheSpeaker() {
        #expect(
            SpeakerCandidateTests.speaker("Maria Lopez, The Daily Courier: “The council has lost the plot on parking.”")
                == "Maria Lopez")
        #expect(SpeakerCandidateTests.speaker("Tom Reyes, author: “Nobody reads the small print any more.”") == "Tom Reyes")
        #expect(Self.written("Tom Reyes, author: “Nobody reads the small print any more.”") == "Tom Reyes, author")
        // A dateline is a place, not a label.
        #expect(SpeakerCandidateTests.speaker("Lisbon, Portugal: “The port is closed,” officials said.") != "Lisbon")
    }

    @Test func aNameApposedAfterTheCueIsTheSpeaker() {
        let text = "“We expect the ships back by Friday,” said a spokeswoman for the port authority, Dana Whitfield."
        #expect(SpeakerCandidateTests.speaker(text) == "Dana Whitfield")
        #expect(Self.written(text) == "a spokeswoman for the port authority, Dana Whitfield")
        #expect(
            SpeakerCandidateTests.speaker("“The harbour will reopen on Monday,” said Harbour Commissioner Li Wen.") == "Li Wen")
    }

    @Test func aLongTitleBeforeANameIsNotTheSpeaker() {
        let text = "Regional Inspector General of Police Samuel Adeyemi Cole said: “We have arrested four suspects.”"
        #expect(SpeakerCandidateTests.speaker(text) == "Samuel Adeyemi Cole")
        #expect(Self.written(text) == "Regional Inspector General of Police Samuel Adeyemi Cole")
    }

    @Test func thatWasHowNamesTheSpeakerOfTheQuoteBefore() {
        let text = "“A disaster from start to finish.” That was how Paul Ortiz described the rollout."
        #expect(SpeakerCandidateTests.speaker(text) == "Paul Ortiz")
        #expect(extraction(text).quotes.first?.cue == "described")
        #expect(SpeakerCandidateTests.speaker("“A disaster.” That was not how it looked.") == nil)
    }

    @Test func timeStampsAndHonorificsAreNotPartOfTheName() {
        #expect(SpeakerCandidateTests.speaker("14:05 GMT Keir Starmer said: “We stand with our allies.”") == "Keir Starmer")
        let x = extraction("British Prime Minister Sir Keir Starmer said: “We stand with our allies.”")
        let speaker = x.quotes.first?.speaker.map { x.entities[$0] }
        #expect(speaker?.name == "Keir Starmer")
        #expect(speaker?.roles.allSatisfy { !$0.lowercased().hasSuffix("sir") } == true)
    }

    @Test func aHeadlineInTitleCaseQuotesItsSpeaker() {
        let headline = "Mayor Said Budget “Will Not Survive The Winter”"
        let x = extraction(headline)
        #expect(x.quotes.map(\.text) == ["Will Not Survive The Winter"])
        #expect(x.quotes.first?.speakerAsWritten == "Mayor")
        let named = extraction("Mayor Jo Weir spoke on Monday.\n\n" + headline)
        #expect(named.quotes.first.flatMap { named.speakerName($0) } == "Jo Weir")
        // A title in title case is still a title outside a headline.
        #expect(extraction("“Fox News Sunday,” Pence said.").quotes.isEmpty)
    }

    @Test func theSubjectOfAnAbsoluteWithClauseSpeaks() {
        let text = "The union rejected the offer, with spokesman Ravi Menon saying, “This is not a serious proposal.”"
        #expect(SpeakerCandidateTests.speaker(text) == "Ravi Menon")
    }
}

/// Plural speakers, organisations named with their owner or their people, outlets' names.
struct SpeakerKindTests {
    static func speakerEntity(_ text: String) -> Entity? {
        let x = extraction(text)
        return x.quotes.first?.speaker.map { x.entities[$0] }
    }

    @Test func twoNamesJoinedByAndAreOneGroup() {
        for text in [
            "“We will not back down,” Smith and Jones wrote in a joint letter.",
            "Smith and Jones wrote: “We will not back down.”",
        ] {
            let speaker = Self.speakerEntity(text)
            #expect(speaker?.name == "Smith and Jones")
            #expect(speaker?.kind == .group)
        }
        // A longer list is not guessed.
        #expect(Self.speakerEntity("Germany, France, Poland and Britain said: “The plan is flawed.”") == nil)
    }

    @Test func aPluralNounForPeopleIsAGroupAndAnAnonymousOneIsNobody() {
        #expect(Self.speakerEntity("“The bill is flawed,” the two senators said in a statement.")?.kind == .group)
        let organizers = Self.speakerEntity("Organizers said the march would end “at the river, not before.”")
        #expect(organizers?.kind == .group)
        #expect(organizers?.name == "Organizers")
        #expect(Self.speakerEntity("“It is over,” officials said.") == nil)
    }

    @Test func aRoleWhoseOfficeIsAnOrganisationIsThePersonNamedWithIt() {
        let text = "Police Chief Anna Berg met reporters. “We are following every lead,” the police chief said."
        let x = extraction(text)
        #expect(x.quotes.first.flatMap { x.speakerName($0) } == "Anna Berg")
        // Nobody named so: no speaker, not an organisation called `police chief`.
        #expect(Self.speakerEntity("“We are following every lead,” the police chief said.")?.kind != .organisation)
    }

    @Test func aPersonOfAnOrganisationIsThePerson() throws {
        let x = extraction(
            "A total of 127 victims had been identified, Chief Superintendent Karen Tsang of the police’s inquiry unit said.")
        let claim = try #require(x.claims.first { $0.value == 127 })
        #expect(claim.speaker.map { x.entities[$0].name } == "Karen Tsang")
    }

    @Test func anOrganisationNamedWithItsOwnerIsNamedWhole() throws {
        let x = extraction("According to Ukraine’s Air Force, Russia launched 36 missiles overnight.")
        let claim = try #require(x.claims.first { $0.value == 36 })
        #expect(claim.speaker.map { x.entities[$0].name } == "Ukraine's Air Force")
    }

    @Test func aNameEndingInAnOutletsWordIsTheOutletWhole() {
        let text = "That is the motive behind his “peace plan,” writes Foreign Policy."
        #expect(SpeakerCandidateTests.speaker(text) == "Foreign Policy")
    }

    @Test func aTrailingDescriptionWithARelativeClauseIsNotTheSpeaker() throws {
        let text =
            "Crowds reached 4 million people, according to Jane Roe, the co-founder of a group that tracks crowd sizes at protests."
        let x = extraction(text)
        let claim = try #require(x.claims.first { $0.value == 4_000_000 })
        #expect(claim.speaker.map { x.entities[$0].name } == "Jane Roe")
    }
}
