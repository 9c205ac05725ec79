import Testing

@testable import FactLedger

/// Tokens and sentences: the treebank's words, offsets in code points that slice back to the text.
struct TokenizerTests {
    /// The words of the text's sentences, as written.
    func words(_ text: String) -> [String] {
        let t = TokenizedText(text, tagger: nil)
        return t.sentences.flatMap { $0.map { t.text($0) } }
    }

    @Test func splitsClitics() {
        // Given contractions with straight and curly apostrophes
        // When the text is tokenized
        // Then the clitic is a word of its own, as Universal Dependencies writes it
        #expect(
            words("We don’t know, they’re sure it'll rain.") == [
                "We", "do", "n’t", "know", ",", "they", "’re", "sure", "it", "'ll", "rain", ".",
            ])
        #expect(words("I can't.") == ["I", "ca", "n't", "."])
        #expect(words("O'Neill and rock'n'roll stay whole.") == ["O'Neill", "and", "rock'n'roll", "stay", "whole", "."])
    }

    @Test func possessiveIsAWordOfItsOwn() {
        #expect(words("Russia’s invasion") == ["Russia", "’s", "invasion"])
    }

    @Test func sentenceOffsetsAreCodePointsThatSliceBack() {
        // Given text with characters outside ASCII before the second sentence
        let marked = MarkedText("Zelenskyy’s “aide” left. 1️⃣Støre spoke in Genève.2️⃣")
        // When it is analysed
        let analysis = LanguageAnalysis(text: marked.text)
        // Then the second sentence's range is the marked one, in code points
        #expect(analysis.sentences.count == 2)
        #expect(analysis.sentences[1] == marked.range)
        let scalars = Array(marked.text.unicodeScalars)
        for token in analysis.tokens {
            #expect(scalars.text(from: token.range.start, to: token.range.end) == token.text)
        }
    }
}
