import Foundation
import Testing

@testable import FactLedger

/// The quotation cases from textacy's and SaysWho's test suites and the Guardian/AFP annotation
/// guide (`../shared/eval/quotes/unit_cases.jsonl`, `jai_guide_cases.jsonl`): every required quote
/// is found, attributed to the named person where the case names one, and nothing listed under
/// `not_quotes` is extracted.
struct QuoteEvalCasesTests {
    struct EvalCase: CustomStringConvertible, Sendable {
        var id: String
        var text: String
        var quotes: [(quote: String, speaker: String?)]
        var notQuotes: [String]
        var exhaustiveEmpty: Bool
        var description: String { id }
    }

    static let cases: [EvalCase] = {
        guard let shared = sharedFolder else { return [] }
        var cases: [EvalCase] = []
        for file in ["unit_cases.jsonl", "jai_guide_cases.jsonl"] {
            let path = "\(shared)/eval/quotes/\(file)"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
                let quotes = (object["quotes"] as? [[String: Any]] ?? []).map {
                    ($0["quote"] as? String ?? "", $0["speaker_resolved"] as? String)
                }
                cases.append(
                    EvalCase(
                        id: object["id"] as? String ?? "?", text: object["text"] as? String ?? "", quotes: quotes,
                        notQuotes: object["not_quotes"] as? [String] ?? [],
                        exhaustiveEmpty: (object["exhaustive"] as? Bool ?? false) && quotes.isEmpty))
            }
        }
        return cases
    }()

    static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\"'“”‘’«»,.;:—–-"))
    }

    @Test(arguments: cases)
    func findsEveryQuoteAndItsNamedSpeaker(_ c: EvalCase) {
        let x = extraction(c.text)
        for (quote, speaker) in c.quotes {
            let gold = Self.trimmed(quote)
            let found = x.quotes.filter {
                let t = Self.trimmed($0.text)
                return t == gold || (gold.count > 10 && (gold.contains(t) && t.count * 2 > gold.count || $0.text.contains(gold)))
            }
            #expect(!found.isEmpty, "\(c.id): \(gold)")
            if let speaker {
                #expect(
                    found.contains { x.speakerName($0).map { $0.contains(speaker) || speaker.contains($0) } ?? false },
                    "\(c.id): \(speaker)")
            }
        }
        for not in c.notQuotes {
            #expect(!x.quotes.contains { Self.trimmed($0.text) == Self.trimmed(not) }, "\(c.id): \(not)")
        }
        if c.exhaustiveEmpty { #expect(x.quotes.isEmpty, "\(c.id)") }
    }
}
