import Foundation
import Testing

@testable import FactLedger

struct SpeakerResolutionTests {
    /// Ingests texts as separate articles into a new ledger.
    func ledger(_ texts: [String]) throws -> Ledger {
        let folder = try temporaryFolder()
        for (i, text) in texts.enumerated() { try write(text, to: "a\(i).txt", in: folder) }
        let ledger = try Ledger.inMemory()
        try ingest([folder], into: ledger)
        return ledger
    }

    @Test func transliterationVariantsAcrossArticlesAreOneSpeaker() throws {
        let l = try ledger([
            "President Volodymyr Zelensky said: “We will not give up.”",
            "“The talks were hard,” Volodymyr Zelenskyy said.",
            "“Ukraine is ready,” said Volodymyr Zelenskiy.",
        ])
        let speakers = try l.speakers().filter { $0.name.hasPrefix("Volodymyr") }
        #expect(speakers.count == 1)
        #expect(speakers.first?.quotes == 3)
    }

    @Test func shortFirstNamesMergeButAmbiguousSurnamesDoNot() throws {
        let l = try ledger([
            "“We are not negotiating details,” Army Secretary Dan Driscoll said.",
            "“The talks are going well,” US army secretary Daniel Driscoll said.",
            "“We agree,” said John Smith. “We do,” said Jane Smith.",
            "“It is over,” Smith said.",
        ])
        let names = try l.speakers().map(\.name)
        #expect(names.filter { $0.contains("Driscoll") }.count == 1)
        #expect(names.contains("John Smith") && names.contains("Jane Smith") && names.contains("Smith"))
    }

    @Test func aRoleIsResolvedFromAnotherArticle() throws {
        let l = try ledger([
            "“We are ready right now,” the Russian leader said on Tuesday.",
            "Russian President Vladimir Putin met the envoys in Moscow.",
        ])
        let q = try #require(try l.quotes().first)
        #expect(q.speaker == "Vladimir Putin")
        #expect(q.speakerAsWritten == "the Russian leader")
    }

    @Test func speakerFilterMatchesSurnamesAliasesAndDiacritics() throws {
        let l = try ledger(["“We must develop our own strength,” Norbert Röttgen said. “Quickly,” Mr Röttgen added."])
        #expect(try l.quotes(QuoteFilter(speaker: "Rottgen")).count == 2)
        #expect(try l.quotes(QuoteFilter(speaker: "norbert röttgen")).count == 2)
        #expect(try l.quotes(QuoteFilter(speaker: "Mr Röttgen")).count == 2)
        #expect(try l.quotes(QuoteFilter(speaker: "Merz")).isEmpty)
    }

    @Test func searchUsesTheFullTextIndex() throws {
        let l = try ledger(["“The porcupine must be armed,” Norbert Röttgen said. “Europe must act,” he added."])
        let found = try l.quotes(QuoteFilter(search: "porcupine"))
        #expect(found.map(\.text) == ["The porcupine must be armed,"])
        #expect(try l.quotes(QuoteFilter(search: "\"unbalanced (query")).isEmpty)
    }

    @Test func reviewersCorrectionsSurviveReingest() throws {
        let folder = try temporaryFolder()
        let path = try write(
            "Keir Starmer spoke. “We will act,” Starmer said. Starner said of the talks: Progress was made and I welcome it.",
            to: "a.txt", in: folder)
        let l = try Ledger.inMemory()
        try ingest([path], into: l)
        #expect(try l.quotes(QuoteFilter(speaker: "Keir Starmer")).count == 2)
        // A reviewer decides `Starner` is someone else, and renames and aliases another speaker.
        _ = try l.splitSpeaker("Keir Starmer", aliases: ["Starner"], reviewer: "ann")
        #expect(try l.quotes(QuoteFilter(speaker: "Keir Starmer")).count == 1)
        #expect(try l.quotes(QuoteFilter(speaker: "Starner")).count == 1)
        // Re-ingesting a corrected version keeps the decision.
        try write(
            "Keir Starmer spoke. “We will act,” Starmer said. Starner said of the talks: Progress was made and I welcome it today.",
            to: "a.txt", in: folder)
        #expect(try ingest([path], into: l).updated == 1)
        #expect(try l.quotes(QuoteFilter(speaker: "Keir Starmer")).count == 1)
        #expect(try l.quotes(QuoteFilter(speaker: "Starner")).count == 1)
        let (_, _, edits) = try l.speaker(named: "Keir Starmer")
        #expect(edits.contains { $0.contains("ann") && $0.contains("Starner") })
    }

    @Test func mergeAliasAndRename() throws {
        let l = try ledger(["“One,” said Ann Lee. “Two,” said A. N. Lee-Smith."])
        _ = try l.mergeSpeakers("Ann Lee", "A. N. Lee-Smith", reviewer: "bob")
        #expect(try l.quotes(QuoteFilter(speaker: "Ann Lee")).count == 2)
        let renamed = try l.renameSpeaker("Ann Lee", to: "Annabel Lee", reviewer: "bob")
        #expect(renamed.aliases.contains("Ann Lee"))
        #expect(try l.quotes(QuoteFilter(speaker: "Annabel Lee")).count == 2)
        #expect(throws: LedgerError.self) { try l.mergeSpeakers("Nobody Here", "Annabel Lee", reviewer: "bob") }
    }

    @Test func mergeAcceptsTheLooseNamesQuotesAccepts() throws {
        let l = try ledger(["“One,” said Ann Lee. “Two,” said Bo Karlsson. “Three,” Karlsson added."])
        // Any name `quotes --speaker` finds a speaker by (a title, a surname, other case) names it here.
        #expect(try l.quotes(QuoteFilter(speaker: "mr karlsson")).count == 2)
        let merged = try l.mergeSpeakers("ms lee", "KARLSSON", reviewer: "bob")
        #expect(merged.name == "Ann Lee")
        #expect(try l.quotes(QuoteFilter(speaker: "Ann Lee")).count == 3)
    }
}
