import Testing

@testable import FactLedger

/// Same event or not, from what two claims' frames and dates say.
struct SameEventTests {
    let rule = SameEvent()

    @Test func twoCitiesAreTwoEvents() {
        let a = checkClaim(1, value: 40, place: "Lviv"), b = checkClaim(2, value: 45, place: "Kharkiv")
        #expect(SameEvent.places("Lviv", "Kharkiv") == .different("Lviv", "Kharkiv"))
        #expect(rule.judge(a, b, measure: .datedEvent) == nil)
    }

    @Test func aCountryRulesNothingOutExceptForATollElsewhere() {
        // `Russia launched 75 drones` vs `75 drones over Kyiv`: the country may be a party.
        #expect(SameEvent.places("Russia", "Kyiv") == .unknown)
        // `killed in Ternopil` vs `killed in Hong Kong`: two disasters.
        #expect(SameEvent.places("Ternopil", "China", tollPlaces: true) == .different("Ternopil", "China"))
        #expect(SameEvent.places("Ternopil", "Ukraine", tollPlaces: true) == .unknown)
    }

    @Test func anchoredDatesMoreThanADayApartAreTwoAttacks() {
        let a = checkClaim(1, value: 450, eventDate: "2025-11-10", basis: .relative)
        let b = checkClaim(2, published: "2025-11-26", value: 476, eventDate: "2025-11-12", basis: .relative)
        #expect(rule.judge(a, b, measure: .datedEvent) == nil)
        let night = checkClaim(3, value: 476, eventDate: "2025-11-11", basis: .relative)
        #expect(rule.judge(a, night, measure: .datedEvent)?.dates == .anchored(days: 1))
    }

    @Test func anUnanchoredAttackNeedsSomethingToTieTheReports() {
        let a = checkClaim(1, value: 450), b = checkClaim(2, published: "2025-11-27", value: 476)
        #expect(rule.judge(a, b, measure: .datedEvent) == nil)
        #expect(rule.judge(a, b, measure: .datedEvent, sameStory: { _, _ in true })?.dates == .published(days: 2))
        let inA = checkClaim(3, article: 1, value: 476)
        #expect(rule.judge(a, inA, measure: .datedEvent) != nil)
        let cityA = checkClaim(4, value: 450, place: "Odesa"), cityB = checkClaim(5, value: 476, place: "Odesa")
        #expect(rule.judge(cityA, cityB, measure: .datedEvent)?.place == .same("Odesa"))
        // A standing quantity needs no tie.
        #expect(rule.judge(a, b, measure: .standing) != nil)
    }

    @Test func reportsFurtherApartThanTheWindowAreNotCompared() {
        let a = checkClaim(1, value: 40, place: "Odesa")
        let b = checkClaim(2, published: "2025-12-10", value: 45, place: "Odesa")
        #expect(rule.judge(a, b, measure: .datedEvent) == nil)
        #expect(SameEvent(window: 20).judge(a, b, measure: .datedEvent) != nil)
        #expect(rule.judge(a, b, measure: .standing) != nil)
    }

    @Test func undatedReportsOfAStandingQuantityAreCompared() {
        let a = checkClaim(1, value: 600_000, key: "count|troops|capped||", entity: "troops", event: "capped")
        let b = checkClaim(
            2, published: nil, value: 800_000, key: "count|troops|capped||", entity: "troops", event: "capped")
        #expect(rule.judge(a, b, measure: .standing)?.dates == .undated)
    }

    @Test func nationalitiesAndMarkersMustAgree() {
        let french = checkClaim(1, value: 200_000, nationalities: ["france"])
        let ukrainian = checkClaim(2, value: 800_000, nationalities: ["ukraine"])
        let unnamed = checkClaim(3, value: 600_000)
        #expect(rule.judge(french, ukrainian, measure: .standing) == nil)
        #expect(rule.judge(french, unnamed, measure: .standing) != nil)
        let week = checkClaim(4, value: 1000, markers: ["@week"])
        #expect(rule.judge(week, unnamed, measure: .standing) == nil)
    }

    @Test func yearsArePlacedByTheirPublishedDates() {
        // `abolished in 1996` vs `in 1997`: the years are the figures, not two event dates.
        let key = "year|military service|abolished||"
        let a = checkClaim(
            1, kind: .year, value: 1996, key: key, entity: "military service", event: "abolished", place: "France",
            eventDate: "1996-07-01", basis: .explicit)
        let b = checkClaim(
            2, published: "2025-11-26", kind: .year, value: 1997, key: key, entity: "military service", event: "abolished",
            place: "France", eventDate: "1997-07-01", basis: .explicit)
        let measure = MeasureKind.of(entity: "military service", event: "abolished")
        #expect(measure == .standing)
        #expect(rule.judge(a, b, measure: measure)?.dates == .published(days: 1))
    }
}
