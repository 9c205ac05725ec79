/// Dates for undated reports of a dated event, from the dated reports that agree with them.
///
/// Reason: an article with no date that gives the same figure for the same measure and place as a
/// dated report (`nearly 300 drones` beside a dated `300 drones`) is most likely about
/// the same night; taking that date lets it be told apart from other nights (`75 drones`, two
/// years earlier) instead of being compared with all of them. Agreeing means each figure lies in
/// the other's interval (`at least 128` and `156` do not agree: one is a floor the other passed).
/// Only an unambiguous date is taken: the agreeing dated reports must lie within a day of each other.
enum DateInference {
    /// Claim id → inferred event day, for the undated claims of `block` that agreeing dated claims date.
    static func days(in block: [CheckClaim]) -> [Int64: Int32] {
        let dated = block.filter { $0.eventDay != nil }.sorted { ($0.value, $0.id) < ($1.value, $1.id) }
        guard !dated.isEmpty else { return [:] }
        var out: [Int64: Int32] = [:]
        for u in block where u.eventDay == nil {
            // Dated claims whose stated figure lies in u's interval (found by binary search) and
            // whose interval holds u's stated figure: `at least 128` does not agree with `156`.
            let low = u.interval.lower ?? -.infinity, high = u.interval.upper ?? .infinity
            var lo = 0, hi = dated.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if dated[mid].value < low { lo = mid + 1 } else { hi = mid }
            }
            var days: [Int32] = []
            var k = lo
            while k < dated.count, dated[k].value <= high, days.count < 64 {
                let d = dated[k]
                let point = Interval(lower: u.value, upper: u.value)
                if d.articleId != u.articleId, d.interval.gap(to: point) == nil,
                    !isDifferent(SameEvent.places(u.placeInfo, d.placeInfo)),
                    let day = d.eventDay
                {
                    days.append(day)
                }
                k += 1
            }
            if let first = days.min(), let last = days.max(), last - first <= 1 { out[u.id] = first }
        }
        return out
    }

    private static func isDifferent(_ r: SameEvent.PlaceRelation) -> Bool {
        if case .different = r { return true }
        return false
    }
}
