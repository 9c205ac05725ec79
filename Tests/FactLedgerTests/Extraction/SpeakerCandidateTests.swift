import Testing

@testable import FactLedger

/// What can name a speaker: never a place, a fragment or a vague source.
struct SpeakerCandidateTests {
    static func speaker(_ text: String) -> String? {
        let x = extraction(text)
        return x.quotes.first.flatMap { x.speakerName($0) }
    }

    @Test func aFragmentOfASentenceIsNoSpeaker() {
        let text = "The plan was sent to Kyiv, “in full,” though both delegations have kept quiet about it."
        #expect(Self.speaker(text) == nil)
    }

    @Test func aVagueSourceIsNoSpeakerUnlessANameSaysWhose() {
        #expect(Self.speaker("“The strikes continue,” the media reported on Monday.") == nil)
        #expect(Self.speaker("“Growth will slow,” the Halvard Fund report said.") != nil)
    }

    @Test func aPlaceDescribingSomeoneDoesNotResolveToThePreviousPerson() {
        let text = "Maria Lopez spoke first. “We need a change,” the Lisbon businessman said."
        #expect(Self.speaker(text) == nil)
    }

    @Test func anOrganisationNamedByItsOwnerIsReadWhole() throws {
        let x = extraction("“All drones were downed,” Ukraine’s armed forces said.")
        let q = try #require(x.quotes.first)
        #expect(x.speakerName(q) == "Ukraine's armed forces")
    }

    @Test func transliterationsOfOneNameShareAKey() {
        #expect(NameParts.transliterationKey("Zelenskyi") == NameParts.transliterationKey("Zelenskyy"))
        #expect(NameParts.transliterationKey("Andrii") == NameParts.transliterationKey("Andriy"))
    }
}
