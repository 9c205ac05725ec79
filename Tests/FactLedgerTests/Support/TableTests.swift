import Testing

@testable import FactLedger

struct TableTests {
    @Test func aFlexibleColumnIsCutUnlessItWraps() {
        let rows = [["1", "430 drones (Daily One) vs 464 drones (Daily Two) vs 470 drones (Wire)"]]
        let cut = Table.render(["ID", "FIGURES"], rows, width: 30, flexible: 1).split(separator: "\n")
        #expect(cut.count == 3)
        #expect(cut[2].hasSuffix("…"))
        let wrapped = Table.render(["ID", "FIGURES"], rows, width: 30, flexible: 1, wrap: true).split(separator: "\n")
        #expect(wrapped.count > 3)
        #expect(wrapped.allSatisfy { $0.count <= 30 })
        // Every word is there, continuation lines under the column.
        let text = wrapped.dropFirst(2).map { $0.dropFirst(4) }.joined(separator: " ")
        #expect(text == rows[0][1])
        #expect(wrapped[3].hasPrefix("    "))
    }
}
