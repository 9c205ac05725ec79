import Testing

@testable import FactLedger

/// A news outlet citing its sources is not their speaker; one reporting in its own name is.
struct OutletReportTests {
    @Test func anOutletCitingItsSourcesIsNotTheirSpeaker() throws {
        let x = extraction("The Harbour Times, citing port officials, said 40 ships waited outside the port.")
        let claim = try #require(x.claims.first { $0.value == 40 })
        #expect(claim.speaker == nil && claim.speakerAsWritten == nil)
    }

    @Test func speechInTheFirstPersonThatAnOutletReportsIsNotTheOutlets() throws {
        let x = extraction("“We have no comment,” the Harbour Times reported on Monday.")
        let quote = try #require(x.quotes.first)
        #expect(quote.speaker == nil)
        #expect(quote.text.hasPrefix("We have no comment"))
    }

    @Test func anOutletReportingInItsOwnNameIsTheSpeaker() {
        #expect(SpeakerCandidateTests.speaker("“The port is closed,” the Harbour Times reported on Monday.") == "Harbour Times")
        #expect(SpeakerCandidateTests.speaker("“We regret the error,” the Harbour Times said.") == "Harbour Times")
    }

    @Test func aReportingVerbsNounTwinReportsNothing() throws {
        let x = extraction("Initial reports spoke of 12 people killed in the blast.")
        let claim = try #require(x.claims.first { $0.value == 12 })
        #expect(claim.speaker == nil && claim.speakerAsWritten == nil)
    }
}
