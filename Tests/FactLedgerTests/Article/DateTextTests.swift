import Testing

@testable import FactLedger

struct DateTextTests {
    struct Case: CustomStringConvertible, Sendable {
        var text: String
        var iso: String?
        var description: String { text }
    }

    @Test(arguments: [
        Case(text: "2025-12-03", iso: "2025-12-03"),
        Case(text: "2025-12-03T18:10:00Z", iso: "2025-12-03T18:10:00Z"),
        Case(text: "2025-12-16T10:47:00", iso: "2025-12-16T10:47:00"),
        Case(text: "2025-12-16T10:47:00+02:00", iso: "2025-12-16T10:47:00+02:00"),
        Case(text: "Wednesday 03 December 2025 18:10 GMT", iso: "2025-12-03T18:10:00Z"),
        Case(text: "Feb 13, 2025", iso: "2025-02-13"),
        Case(text: "26 November 2025", iso: "2025-11-26"),
        Case(text: "December 16, 2025, Tuesday // 10:47", iso: "2025-12-16T10:47:00"),
        Case(text: "Wed, 03 Dec 2025 18:10:00 GMT", iso: "2025-12-03T18:10:00Z"),
        Case(text: "3rd of March 2024", iso: "2024-03-03"),
        Case(text: "31 February 2025", iso: nil),
        Case(text: "November 2025", iso: nil),
        Case(text: "yesterday", iso: nil),
    ])
    func parsesDatesAsWritten(_ c: Case) {
        #expect(DateText.isoDate(from: c.text) == c.iso)
    }

    @Test func findsADateGluedToABylineAndItsZone() {
        // Given a scraped byline with the author, date and the next word run together
        let text = "Maira ButtWednesday 03 December 2025 18:10 GMTComments"
        // When dates are searched
        let found = DateText.findDates(in: text)
        // Then the date, its time and zone are found, starting at the weekday
        #expect(found.map(\.iso) == ["2025-12-03T18:10:00Z"])
        #expect(found.first?.weekdayStart == 10)
    }
}
