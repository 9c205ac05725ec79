/// The blocking key under which the cross-checker compares claims: the unit family and the
/// claim frame's measure key (entity, event, modifiers, scope). Claims under different keys are
/// never compared.
public enum SubjectKey {
    public static func make(frame: ClaimFrame, kind: ClaimKind, unit: String?) -> String? {
        guard let entity = frame.entity, let measure = frame.measureKey else { return nil }
        // A vague measure, or people with nothing said to have happened to them, is not compared.
        if vague.contains(entity) || (entity == "people" && frame.event == nil) { return nil }
        return UnitFamily.of(unit: unit, kind: kind) + "|" + measure
    }

    /// The entity and event of a blocking key (`count|drones|launched||` → drones, launched).
    static func parts(_ key: String) -> (entity: String, event: String) {
        let fields = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return (fields.count > 1 ? fields[1] : "", fields.count > 2 ? fields[2] : "")
    }

    /// Measures too vague to compare across articles (`some 30 things`, `11 pieces`, an age of
    /// nobody in particular): such claims are stored and listed, never cross-checked.
    static let vague: Set<String> = [
        "thing", "piece", "part", "time", "way", "case", "lot", "one", "other", "kind", "type", "sort", "number", "item", "point",
        "step", "side", "member", "figure", "unit", "place", "group", "set", "day", "week", "month", "year", "hour", "minute",
        "age", "them", "it", "money",
    ]

    /// Events of running tolls: later, higher figures are updates.
    static let casualties: Set<String> = ["killed", "injured", "missing", "arrested", "displaced", "hospitalised", "critical"]
}

/// Units that can be compared with each other.
public enum UnitFamily {
    public static func of(unit: String?, kind: ClaimKind) -> String {
        switch kind {
        case .money: return "money:" + (unit ?? "?")
        case .percent: return "percent"
        case .year: return "year"
        case .date: return "date"
        case .duration: return "duration:" + (unit ?? "?")
        case .age: return "age"
        case .document: return "document"
        case .ratio: return "ratio"
        case .measure: return "measure:" + (unit ?? "")
        case .count: return "count"
        }
    }
}
