/// The blocking key under which the cross-checker compares claims: the kind of figure, its unit
/// family and the head of its normalised subject. Claims under different keys are never compared.
public enum SubjectKey {
    public static func make(subject: String?, kind: ClaimKind, unit: String?) -> String? {
        guard let subject, !subject.isEmpty else { return nil }
        let family = UnitFamily.of(unit: unit, kind: kind)
        return "\(family)|\(NameKey.fold(subject))"
    }
}

/// Units that can be compared with each other.
public enum UnitFamily {
    public static func of(unit: String?, kind: ClaimKind) -> String {
        switch kind {
        case .money: return "money"
        case .percent: return "percent"
        case .year: return "year"
        case .date: return "date"
        case .duration: return "duration"
        case .age: return "age"
        case .document: return "document"
        case .ratio: return "ratio"
        case .measure: return "measure:" + (unit ?? "")
        case .count: return "count"
        }
    }
}
