import Foundation
import Testing

@testable import FactLedger

/// `extract --json`: the keys scripts read, with and without `--tokens`.
struct ExtractionReportTests {
    func object(_ value: JSONValue) throws -> [String: Any] {
        let data = Data(value.rendered().utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func tokensAddSentencesTokensAndNames() throws {
        // Given an article
        let text = "Prime Minister Jonas Gahr Støre said 430 drones were launched."
        let article = Article(file: "a.txt", text: text)
        // When it is reported with its language analysis
        let json = try object(
            ExtractionReport.json(article, Extractor().extract(article), language: LanguageAnalysis(text: text)))
        // Then the contract's keys are there, with code-point offsets that slice back
        let sentences = try #require(json["sentences"] as? [[String: Any]])
        #expect(sentences.count == 1)
        let tokens = try #require(json["tokens"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            for key in ["text", "start", "end", "tag", "lemma"] { #expect(token[key] != nil, "token lacks \(key)") }
            let start = try #require(token["start"] as? Int), end = try #require(token["end"] as? Int)
            #expect(scalars.text(from: start, to: end) == token["text"] as? String)
        }
        #expect(
            tokens.contains {
                $0["text"] as? String == "launched" && $0["tag"] as? String == "VERB" && $0["lemma"] as? String == "launch"
            })
        let names = try #require(json["names"] as? [[String: Any]])
        let name = try #require(names.first)
        #expect(name["text"] as? String == "Jonas Gahr Støre")
        #expect(name["class"] as? String == "person")
        #expect(name["role"] as? String == "Prime Minister")
    }

    @Test func withoutTokensTheOutputIsUnchanged() throws {
        let article = Article(file: "a.txt", text: "Russia launched 430 drones.")
        let json = try object(ExtractionReport.json(article, Extractor().extract(article)))
        #expect(Set(json.keys) == ["file", "chars", "language", "quotes", "claims", "numbers", "diagnostics"])
    }
}

/// `extract --json` writes each article in pieces; the text is the same as the whole value's.
struct StreamedJSONTests {
    @Test func aStreamedObjectReadsAsTheWholeValue() {
        let text = "“We will not accept this,” the minister said. Russia launched 430 drones and 20 missiles, officials said."
        let article = Article(file: "a.txt", text: text)
        let fields = ExtractionReport.jsonFields(article, Extractor().extract(article))
        var pieces = ""
        JSONValue.streamObject(fields, indent: 2, level: 1) { pieces += $0 }
        #expect(pieces == ExtractionReport.json(article, Extractor().extract(article)).rendered(indent: 2, level: 1))
        var empty = ""
        JSONValue.streamObject([("claims", .items(count: 0, item: { _ in .null }))], indent: 0, level: 0) { empty += $0 }
        #expect(empty == #"{"claims":[]}"#)
    }
}
