import Testing

@testable import FactLedger

/// The tagger built into the library: loads, tags news sentences, and its model format round-trips.
struct PartOfSpeechTaggerTests {
    struct Case: CustomStringConvertible, Sendable {
        var sentence: [String]
        var tags: [String]
        var description: String { sentence.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(
            sentence: ["Russia", "launched", "430", "drones", "overnight", "."],
            tags: ["PROPN", "VERB", "NUM", "NOUN", "ADV", "PUNCT"]),
        Case(
            sentence: ["The", "country", "abolished", "compulsory", "military", "service", "in", "1996", "."],
            tags: ["DET", "NOUN", "VERB", "ADJ", "ADJ", "NOUN", "ADP", "NUM", "PUNCT"]),
        Case(
            sentence: ["Conscription", "was", "ended", "in", "1997", ",", "officials", "said", "."],
            tags: ["NOUN", "AUX", "VERB", "ADP", "NUM", "PUNCT", "NOUN", "VERB", "PUNCT"]),
        Case(
            sentence: ["She", "did", "n't", "say", "that", "he", "would", "go", "."],
            tags: ["PRON", "AUX", "PART", "VERB", "SCONJ", "PRON", "AUX", "VERB", "PUNCT"]),
    ])
    func tagsNewsSentences(_ c: Case) throws {
        // Given the tagger built into the library
        let tagger = try #require(PartOfSpeechTagger.shared)
        // When a sentence is tagged
        // Then each word gets its UPOS tag
        #expect(tagger.tag(c.sentence).map(\.name) == c.tags)
    }

    @Test func tagsEveryTokenOfASentenceInAText() {
        // Given a text with a line break between two sentences
        let t = TokenizedText("Four people died.\nPolice said so.")
        // Then every token in a sentence has a tag, and the line break has none
        for (i, token) in t.tokens.enumerated() {
            #expect((t.tag(i) == nil) == (token.kind == .lineBreak))
        }
        #expect(t.tag(t.tokens.count) == nil)
    }

    @Test func modelRoundTripsThroughItsFileFormat() throws {
        // Given weights for two features and a dictionary word
        let a = TaggerFeatures.key(.form, 7), b = TaggerFeatures.key(.suffix1, 9)
        let tags = PartOfSpeech.allCases.count
        var wa = [Float](repeating: 0, count: tags), wb = wa
        wa[PartOfSpeech.noun.rawValue.index] = 2.5
        wb[PartOfSpeech.verb.rawValue.index] = -1
        let bytes = TaggerModel.serialise(weights: [a: wa, b: wb], dictionary: [42: PartOfSpeech.det.rawValue], tagCount: tags)
        // When the bytes are read back
        let model = try TaggerModel(bytes: bytes)
        // Then each feature adds its weights, an unknown feature adds nothing, and the dictionary survives
        var scores = [Float](repeating: 0, count: tags)
        scores.withUnsafeMutableBufferPointer { s in
            model.add(a, to: s.baseAddress!)
            model.add(b, to: s.baseAddress!)
            model.add(TaggerFeatures.key(.form, 8), to: s.baseAddress!)
        }
        #expect(abs(scores[PartOfSpeech.noun.rawValue.index] - 2.5) < 0.001)
        #expect(abs(scores[PartOfSpeech.verb.rawValue.index] + 1) < 0.001)
        #expect(scores.filter { $0 != 0 }.count == 2)
        #expect(model.dictionary[42] == PartOfSpeech.det.rawValue)
    }

    @Test func refusesBytesThatAreNotAModel() {
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel(bytes: Array("not a model at all, honestly".utf8)) }
        var truncated = TaggerModel.serialise(weights: [1: [1, 2]], dictionary: [:], tagCount: 2)
        truncated.removeLast(3)
        #expect(throws: TaggerModel.FormatError.self) { try TaggerModel(bytes: truncated) }
    }
}

extension UInt8 {
    fileprivate var index: Int { Int(self) }
}
