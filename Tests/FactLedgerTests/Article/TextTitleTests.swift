import Testing

@testable import FactLedger

/// A title from the text when the metadata gives none.
struct TextTitleTests {
    @Test(arguments: [
        ("Skip to content\n# Port strike ends after nine days\nDockers voted on Monday.", "Port strike ends after nine days"),
        ("Port strike ends after nine days\n\nDockers voted on Monday to return to work.", "Port strike ends after nine days"),
        (
            "Harbour city: Dockers voted on Monday to end a nine-day strike. Talks resume today.",
            "Harbour city: Dockers voted on Monday to end a nine-day strike."
        ),
        ("Skip to content\nMenu\nDockers voted on Monday to end the strike.", "Dockers voted on Monday to end the strike."),
    ])
    func readsAHeadingAHeadlineOrTheFirstSentence(_ text: String, _ title: String) {
        #expect(TextTitle.from(text) == title)
    }

    @Test func aLongFirstSentenceIsCutAtAWord() throws {
        let text = String(repeating: "dockers voted again ", count: 10) + "today."
        let title = try #require(TextTitle.from(text))
        #expect(title.count <= TextTitle.maxCharacters)
        #expect(title.hasSuffix(" dockers…"))
        #expect(TextTitle.from(" \n\n") == nil)
    }

    @Test func anUntitledArticleIsListedByItsTextAndReIngestingChangesNothing() throws {
        let folder = try temporaryFolder()
        let path = try write(
            "---\noutlet: Daily\n---\nPort strike ends after nine days\n\nDockers voted on Monday to return to work.",
            to: "a.md", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([path], into: ledger)
        let listed = try #require(try ledger.articles().first)
        #expect(listed.title == "Port strike ends after nine days")
        #expect(listed.titleSource == "text")
        #expect(try ingest([path], into: ledger).unchanged == 1)
        // A title in the metadata wins, and is a correction.
        try write(
            "---\noutlet: Daily\ntitle: Dockers back at work\n---\nPort strike ends after nine days\n\nDockers voted on Monday to return to work.",
            to: "a.md", in: folder)
        #expect(try ingest([path], into: ledger).updated == 1)
        let corrected = try #require(try ledger.articles().first)
        #expect(corrected.title == "Dockers back at work")
        #expect(corrected.titleSource == "metadata")
    }
}
