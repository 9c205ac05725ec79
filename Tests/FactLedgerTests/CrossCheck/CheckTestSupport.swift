@testable import FactLedger

/// A claim for the checker's pure rules, without a ledger: a drone count by default, dated by its
/// published day as the ledger dates a claim whose sentence gives no date.
func checkClaim(
    _ id: Int64, article: Int64? = nil, outlet: String? = nil, published: String? = "2025-11-25", kind: ClaimKind = .count,
    unit: String? = nil, value: Double, interval: Interval? = nil, qualifier: String? = nil,
    key: String = "count|drones|launched||",
    entity: String? = "drones", event: String? = "launched", place: String? = nil, nationalities: [String] = [],
    eventDate: String? = nil, basis: EventDateBasis = .published, markers: [String] = []
) -> CheckClaim {
    CheckClaim(
        id: id, articleId: article ?? id, outlet: outlet ?? "Outlet \(article ?? id)", published: published, kind: kind,
        unit: unit,
        value: value, interval: interval, qualifier: qualifier, blockKey: key, entity: entity, event: event, place: place,
        nationalities: nationalities, eventDate: eventDate ?? (basis == .published ? published : nil), eventBasis: basis,
        markers: markers)
}

/// A killed toll claim.
func tollClaim(
    _ id: Int64, published: String?, value: Double, interval: Interval? = nil, event: String = "killed", place: String? = "Kyiv"
) -> CheckClaim {
    checkClaim(
        id, published: published, value: value, interval: interval, key: "count|people|\(event)||", entity: "people",
        event: event,
        place: place)
}
