import Foundation
import Testing

@testable import FactLedger

/// The hot-path string helpers agree with Foundation's slower versions.
struct TextCleanTests {
    @Test(arguments: [
        "", " ", "the Russian leader,", "“foreign minister”", "(mayor)", " — spokesperson… ", "army chief,\n", "$5 +",
        "«président»",
        "O’Neill’s", "head of state;", "...", "¿qué?", "~tilde~", "a_b_", "{x}",
    ])
    func trimsLikeFoundation(_ s: String) {
        #expect(
            TextClean.trimmingSpaceAndPunctuation(s)
                == s.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)))
    }

    @Test func straightensApostrophes() {
        #expect(TextClean.straightApostrophes("O’Neill’s") == "O'Neill's")
        #expect(TextClean.straightApostrophes("Zürich — “x”") == "Zürich — “x”")
    }

    @Test(arguments: ["Pål Jonson", "Nato’s", "  Mark   Rutte ", "Zelenskyy-Zelensky", "ÉCOLE d'été", "A.B.C", "123 abc"])
    func foldsASCIIAndUnicodeAlike(_ s: String) {
        // The ASCII fast path and the general path give the same key.
        let general = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
        #expect(NameKey.fold(s) == general)
    }
}
