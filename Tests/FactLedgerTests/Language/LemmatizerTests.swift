import Testing

@testable import FactLedger

/// Lemmas of nouns and verbs, from WordNet's rules and irregular forms and the treebank's table.
struct LemmatizerTests {
    struct Case: CustomStringConvertible, Sendable {
        var word: String
        var tag: PartOfSpeech
        var lemma: String
        var description: String { "\(word)/\(tag.name)" }
    }

    @Test(arguments: [
        Case(word: "injured", tag: .verb, lemma: "injure"),
        Case(word: "injuries", tag: .noun, lemma: "injury"),
        Case(word: "scrapped", tag: .verb, lemma: "scrap"),
        Case(word: "abolished", tag: .verb, lemma: "abolish"),
        Case(word: "apartments", tag: .noun, lemma: "apartment"),
        Case(word: "ended", tag: .verb, lemma: "end"),
        // SemCor's counts choose between rule outputs: `hate`, not `hat`.
        Case(word: "hated", tag: .verb, lemma: "hate"),
        Case(word: "forces", tag: .noun, lemma: "force"),
        Case(word: "was", tag: .aux, lemma: "be"),
        Case(word: "geese", tag: .noun, lemma: "goose"),
        Case(word: "Drones", tag: .noun, lemma: "drone"),
        // Words WordNet lacks fall back to suffix rules.
        Case(word: "kinzhals", tag: .noun, lemma: "kinzhal"),
        Case(word: "shahedding", tag: .verb, lemma: "shahed"),
        // Proper nouns keep their form.
        Case(word: "Zelenskyy", tag: .propn, lemma: "Zelenskyy"),
    ])
    func lemmatizes(_ c: Case) {
        #expect(Lemmatizer.shared.lemma(c.word, c.tag) == c.lemma)
    }

    @Test func linksAVerbAndItsNoun() {
        // `injuries` and `injured` meet through WordNet's derivational link.
        #expect(Lemmatizer.shared.verb(ofNoun: "injury") == "injure")
        #expect(Lemmatizer.shared.verb(ofNoun: "abolition") == "abolish")
        #expect(Lemmatizer.shared.verb(ofNoun: "attack") == "attack")
        #expect(WordNetLexicon.shared.nouns(ofVerb: "injure").contains("injury"))
    }
}
