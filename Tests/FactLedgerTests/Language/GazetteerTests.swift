import Testing

@testable import FactLedger

/// Places by name from GeoNames, nationalities from WordNet.
struct GazetteerTests {
    @Test func findsPlacesWithCaseAndAccentsIgnored() {
        let g = Gazetteer.shared
        #expect(g.isPlace("Geneva"))
        #expect(g.isPlace("rio de janeiro"))
        #expect(g.isPlace("Brasilia") && g.isPlace("Brasília"))
        #expect(!g.isPlace("Policy"))
        #expect(!g.isPlace("French"))
    }

    @Test func mapsNationalitiesAndShortNamesToCountries() {
        let g = Gazetteer.shared
        #expect(g.country(of: "French") == "France")
        #expect(g.country(of: "Ukrainian") == "Ukraine")
        #expect(g.country(of: "Chinese") == "China")
        #expect(g.country(of: "British") == "United Kingdom")
        #expect(g.country(of: "UK") == "United Kingdom")
    }

    @Test func countriesAndBigCapitalsSpeakAsInstitutions() {
        let g = Gazetteer.shared
        #expect(g.speaksAsInstitution("China"))
        #expect(g.speaksAsInstitution("Moscow"))
        // A small capital and a city do not (`Hamilton`, `Geneva`).
        #expect(!g.speaksAsInstitution("Hamilton"))
        #expect(!g.speaksAsInstitution("Geneva"))
    }
}
