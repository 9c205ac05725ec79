/// The blocking key under which the cross-checker compares claims: the unit family and the
/// measure (the head of the normalised subject, or an event's noun and verb). Claims under
/// different keys are never compared.
public enum SubjectKey {
    public static func make(subject: String?, kind: ClaimKind, unit: String?) -> String? {
        guard let subject, !subject.isEmpty else { return nil }
        let measure = measure(of: subject, kind: kind)
        guard !measure.isEmpty, !vague.contains(measure) else { return nil }
        return UnitFamily.of(unit: unit, kind: kind) + "|" + measure
    }

    /// `hypersonic kinzhal` → `kinzhal`; `people killed` stays; `conscription abolished` stays; `uav` → `drone`.
    static func measure(of subject: String, kind: ClaimKind) -> String {
        let words = NameKey.fold(subject).split(separator: " ").map(String.init)
        guard let last = words.last else { return "" }
        switch kind {
        case .year, .date:
            return words.joined(separator: " ")
        default:
            if words.count >= 2, casualties.contains(last) || actions.contains(last) {
                return (synonyms[words[words.count - 2]] ?? words[words.count - 2]) + " " + last
            }
            return synonyms[last] ?? last
        }
    }

    /// Measures too vague to compare across articles (`some 30 things`, `11 pieces`, `five people`,
    /// an age of nobody in particular): such claims are stored and listed, never cross-checked.
    static let vague: Set<String> = [
        "thing", "piece", "part", "time", "way", "case", "lot", "one", "other", "kind", "type", "sort", "number", "item", "point",
        "step", "side", "member", "figure", "unit", "place", "group", "set", "day", "week", "month", "year", "hour", "minute",
        "people", "man", "woman", "child", "person", "individual", "resident", "civilian", "age", "them", "it",
    ]

    static let casualties: Set<String> = ["killed", "injured", "missing", "arrested", "displaced", "hospitalised"]

    /// What was done to counted things (`ClaimExtractor.actions`): `drone launched` and `drone intercepted` differ.
    static let actions: Set<String> = ["launched", "intercepted", "hit", "taken", "rescued"]

    static let synonyms: [String: String] = [
        "uav": "drone", "shahed": "drone", "shaheds": "drone", "geran": "drone", "soldier": "troop", "serviceman": "troop",
        "servicemen": "troop", "fatality": "people killed", "death": "people killed", "person": "people", "civilian": "people",
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
