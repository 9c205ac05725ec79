/// How sure the checker is that a flag is a real discrepancy: that its figures are about one
/// quantity of one event and really differ. A number in [0, 1], the product of the factors
/// below, each 1 when its evidence is as good as it gets:
///
/// | evidence | factor |
/// |---|---|
/// | dates: both anchored by the text, within a day | 1 |
/// | dates: published dates only | 0.9, less 0.02 a day apart (at least 0.75) |
/// | dates: one taken from an agreeing report (`DateInference`) | 0.75 |
/// | dates: a report has none: attack or toll / standing quantity | 0.5 / 0.7 |
/// | place: the same / unknown, for an attack or toll | 1 / 0.85 |
/// | place unknown, for a standing quantity | 0.95 |
/// | sources: different outlets / one outlet / one article (`disputed`) | 1 / 0.85 / 0.8 |
/// | gap, relative to the larger figure: 5% or more … none | 1 … 0.7 (linear) |
/// | a figure is approximate (`about`, `nearly`, `some`) | 0.9 |
///
/// Read it as: 0.75 and above **strong** (same measure, place and day, independent sources, a
/// clear gap: check it first); 0.5 to 0.75 **moderate** (a date or place is not known); below
/// 0.5 **weak** (undated reports, or one source, or a small gap). `flags` lists the strongest
/// first; `flags --min-confidence 0.5` hides the weak ones.
enum Confidence {
    struct Factors: Equatable {
        var dates: Double
        var place: Double
        var sources: Double
        var gap: Double
        var approximate: Double

        /// The product, to three decimals.
        var value: Double { (min(1, max(0, dates * place * sources * gap * approximate)) * 1000).rounded() / 1000 }
    }

    static func factors(
        _ evidence: SameEvent.Evidence, measure: MeasureKind, relativeGap: Double, a: CheckClaim, b: CheckClaim
    ) -> Factors {
        let dates: Double
        switch evidence.dates {
        case .anchored: dates = 1
        case .published(let d): dates = max(0.75, 0.9 - 0.02 * Double(d))
        case .inferred: dates = 0.75
        case .undated: dates = measure.isDated ? 0.5 : 0.7
        }
        let place: Double
        switch evidence.place {
        case .same: place = 1
        default: place = measure.isDated ? 0.85 : 0.95
        }
        let sources: Double =
            a.articleId == b.articleId
            ? 0.8 : (a.outletKey != nil && a.outletKey == b.outletKey ? 0.85 : 1)
        let gap = 0.7 + 0.3 * min(1, relativeGap / 0.05)
        let approximate = a.isApproximate || b.isApproximate ? 0.9 : 1
        return Factors(dates: dates, place: place, sources: sources, gap: gap, approximate: approximate)
    }

    /// `strong`, `moderate` or `weak`, as the table above reads.
    static func label(_ confidence: Double) -> String {
        confidence >= 0.75 ? "strong" : confidence >= 0.5 ? "moderate" : "weak"
    }

    static func isApproximate(qualifier: String?) -> Bool {
        guard let q = qualifier?.lowercased() else { return false }
        return approximateQualifiers.contains { q.hasPrefix($0) }
    }

    static let approximateQualifiers = [
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "circa", "an estimated",
    ]
}
