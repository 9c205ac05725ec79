import Testing

@testable import FactLedger

/// Noun phrases from tags: determiner or possessor, modifiers, head.
struct NounPhraseChunkerTests {
    struct Case: CustomStringConvertible, Sendable {
        /// The sentence with the phrase marked 1️⃣…2️⃣.
        var marked: String
        var head: String
        var description: String { marked }
    }

    @Test(arguments: [
        Case(marked: "Kyiv said 1️⃣the two senior Ukrainian officials2️⃣ resigned.", head: "official"),
        Case(marked: "1️⃣Russia’s full-scale invasion2️⃣ began in 2022.", head: "invasion"),
        Case(marked: "The block comprised 1️⃣1,800 residential units2️⃣.", head: "unit"),
        Case(marked: "Kyiv received 1️⃣the first 20 Patriot missiles2️⃣ in May.", head: "missile"),
        Case(marked: "He wants access to 1️⃣frozen Russian assets2️⃣.", head: "asset"),
        Case(marked: "Officials said 1️⃣a nine-storey building2️⃣ was hit.", head: "building"),
    ])
    func findsThePhraseAndItsHead(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let analysis = LanguageAnalysis(text: marked.text)
        let phrase = try #require(analysis.nounPhrases.first { $0.range.overlaps(marked.range) })
        #expect(phrase.range == marked.range)
        #expect(phrase.head == c.head)
    }

    @Test func phrasesStopAtVerbsAndPrepositions() {
        let analysis = LanguageAnalysis(text: "Troops deployed near the border were withdrawn.")
        #expect(analysis.nounPhrases.map(\.text) == ["Troops", "the border"])
    }
}
