import Testing

@testable import FactLedger

/// When two organisation names are one organisation.
struct OrganisationNameTests {
    @Test func theOwnerWrittenAsAPossessiveOrAsANationalityIsOneOrganisation() {
        #expect(OrganisationName.identity("Ukraine's air force") == OrganisationName.identity("the Ukrainian Air Force"))
        #expect(OrganisationName.identity("Ukraine’s Air Force") == "ukraine air force")
        #expect(
            OrganisationName.identity("France's foreign ministry") == OrganisationName.identity("the French Foreign Ministry"))
        #expect(OrganisationName.identity("the Polish Air Force") != OrganisationName.identity("the Ukrainian Air Force"))
        #expect(OrganisationName.identity("Air Force") == "air force")
    }

    @Test func aShortFormOfTwoWordsOrMoreEndsTheLongerName() {
        #expect(OrganisationName.isShortForm("Air Force", of: "the Ukrainian Air Force"))
        #expect(!OrganisationName.isShortForm("Force", of: "the Ukrainian Air Force"))
        #expect(!OrganisationName.isShortForm("Air Force", of: "Air Force"))
        #expect(!OrganisationName.isShortForm("Navy", of: "the Ukrainian Air Force"))
        #expect(!OrganisationName.isShortForm("White House", of: "the Trump White House"))
    }

    @Test func inOneArticleTheShortFormIsTheOrganisationItNamed() {
        let text = """
            “Most of the drones were shot down,” the Ukrainian Air Force said on Tuesday. \
            “Two struck homes in the east,” the Air Force added.
            """
        let x = extraction(text)
        #expect(x.quotes.count == 2)
        #expect(x.quotes.map { x.speakerName($0) } == ["Ukrainian Air Force", "Ukrainian Air Force"])
    }
}
