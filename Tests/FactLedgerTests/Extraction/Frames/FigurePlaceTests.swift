import Testing

@testable import FactLedger

/// The place and actors named with a figure.
struct FigurePlaceTests {
    @Test func takesThePlaceNearestTheFigure() throws {
        let f = try #require(frame(of: "12", in: "After talks in Geneva, officials said 12 people were injured in Lyon."))
        #expect(f.place == "Lyon")
    }

    @Test func namesOrganisationsAsActorsAndNeverAPlace() throws {
        let f = try #require(frame(of: "40", in: "The Health Ministry said 40 people were killed in Madrid."))
        #expect(f.actors.contains("Health Ministry"))
        #expect(!f.actors.contains("Madrid"))
    }
}
