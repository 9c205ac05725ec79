/// What sort of quantity a block of claims measures, which decides how time separates its reports.
///
/// - A **dated event** happens on a day: an attack's weapons (`drones launched`, `missiles
///   intercepted`) and a disaster's casualties. Two reports are about one event only when their
///   dates allow it (`SameEvent`): two nights' attacks on one city are two events.
/// - A **running toll** is a dated event counted as it unfolds (`people killed`, `people missing`,
///   `suspects charged`): reports at different times may differ without contradicting each other
///   (`RunningToll`).
/// - A **standing quantity** holds over time (`troops capped`, `assets frozen`, `apartments`):
///   its reports are compared across weeks, not only on one day.
enum MeasureKind: Equatable {
    case datedEvent
    case runningToll(Direction)
    case standing

    /// How a running toll moves as its event unfolds.
    enum Direction: Equatable {
        /// Only up (`killed`, `arrested`): a later, lower figure contradicts an earlier one.
        case accumulating
        /// Either way (`missing`: people are found; `hospitalised`: people go home).
        case eitherWay
    }

    static func of(entity: String?, event: String?) -> MeasureKind {
        if let event {
            if accumulating.contains(event) { return .runningToll(.accumulating) }
            if eitherWay.contains(event) { return .runningToll(.eitherWay) }
            if attackEvents.contains(event) { return .datedEvent }
        }
        // Weapons counted with no verb (`75 Shahed drones`) are an attack's all the same.
        if let entity, FrameLexicon.shared.conceptEntities[entity]?.family == "weapons" { return .datedEvent }
        return .standing
    }

    var isDated: Bool { self != .standing }

    /// Event concepts (from `event-casualties.tsv`) whose counts only grow while an event unfolds:
    /// the dead, the injured, people arrested, charged, dismissed, displaced, evacuated, rescued,
    /// victims identified.
    static let accumulating: Set<String> = [
        "killed", "injured", "arrested", "charged", "dismissed", "displaced", "evacuated", "rescued", "identified",
    ]
    /// Event concepts whose counts go down as well as up: people missing, in critical condition,
    /// in hospital.
    static let eitherWay: Set<String> = ["missing", "critical", "hospitalised"]
    /// Event concepts of an attack (from `event-attacks.tsv`).
    static let attackEvents: Set<String> = ["launched", "intercepted", "hit", "damaged", "destroyed"]
}
