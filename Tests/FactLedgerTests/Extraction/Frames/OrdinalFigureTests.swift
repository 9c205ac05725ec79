import Testing

@testable import FactLedger

/// An ordinal before a noun ranks one thing.
struct OrdinalFigureTests {
    @Test func anOrdinalBeforeANounIsNoCount() {
        let claims = extraction("Parliament elected a third deputy speaker on Monday.").claims
        #expect(!claims.contains { $0.text.lowercased().contains("third") && $0.frame.entity != nil })
    }
}
