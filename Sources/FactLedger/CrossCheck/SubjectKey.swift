/// The blocking key under which the cross-checker compares claims: the unit family and the claim
/// frame's measure key (entity, event, modifiers, scope), with nationality modifiers set aside.
/// Claims under different keys are never compared.
///
/// Nationalities are compared rather than blocked on (`SameEvent`): `its armed forces` and `the
/// Ukrainian armed forces` may be the same troops, so they share a block; `Filipino workers` and
/// `Indonesian workers` are different people, which the comparison rules out.
public enum SubjectKey {
    public static func make(frame: ClaimFrame, kind: ClaimKind, unit: String?) -> String? {
        guard let entity = frame.entity else { return nil }
        // A vague measure, or people with nothing said to have happened to them, is not compared.
        if vague.contains(entity) || (entity == "people" && frame.event == nil) { return nil }
        var measure = frame
        measure.modifiers = frame.modifiers.filter { !isNationality($0) }
        guard let key = measure.measureKey else { return nil }
        return UnitFamily.of(unit: unit, kind: kind) + "|" + key
    }

    /// Whether a frame modifier is a nationality (stored as its country, lower case: `ukraine`).
    public static func isNationality(_ modifier: String) -> Bool {
        Gazetteer.shared.entries(named: modifier).contains { $0.placeClass == .country }
    }

    /// Measures too vague to compare across articles (`some 30 things`, `11 pieces`, an age of
    /// nobody in particular): such claims are stored and listed, never cross-checked.
    static let vague: Set<String> = [
        "thing", "piece", "part", "time", "way", "case", "lot", "one", "other", "kind", "type", "sort", "number", "item", "point",
        "step", "side", "member", "figure", "unit", "place", "group", "set", "day", "week", "month", "year", "hour", "minute",
        "age", "them", "it", "money",
    ]
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
