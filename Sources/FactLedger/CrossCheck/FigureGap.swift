/// Whether two figures of one quantity can both be true, and if not, by how much they miss.
///
/// Rules:
/// - **Intervals**: each figure is the interval its qualifier makes (`more than 460` is (460, ∞),
///   `nearly 300` [270, 300]); intervals that meet are compatible (`more than 460` vs 464).
/// - **Rounding**: large counts and amounts (1,000 or more) within half a percent are one figure
///   written two ways (`$350bn` vs `$351.2bn`).
/// - **Time**: an age or a duration grows with the time between reports (`a nearly three-year war`
///   in February and `a four-year war` in November agree).
/// Years and dates compare as they are (1996 vs 1997: a year apart), never as amounts.
enum FigureGap {
    /// The distance between the figures when they cannot both hold, else nil.
    static func gap(_ a: CheckClaim, _ b: CheckClaim) -> Double? {
        guard let gap = a.interval.gap(to: b.interval) else { return nil }
        let scale = max(abs(a.value), abs(b.value))
        if !isCalendar(a.kind), scale >= 1000, gap / scale < 0.005 { return nil }
        if a.kind == .age || a.kind == .duration, let pa = a.publishedDay, let pb = b.publishedDay,
            gap <= elapsed(days: abs(pa - pb), unit: a.unit) + 1e-9
        {
            return nil
        }
        return gap
    }

    /// The gap relative to the larger figure, the measure of how far apart two figures are; for
    /// years and dates, 1 for a year (or a day) or more, since 1996 vs 1997 is no small difference.
    static func relative(_ gap: Double, _ a: CheckClaim, _ b: CheckClaim) -> Double {
        if isCalendar(a.kind) { return gap >= 1 ? 1 : gap }
        return gap / max(abs(a.value), abs(b.value), 1e-9)
    }

    static func isCalendar(_ kind: ClaimKind) -> Bool { kind == .year || kind == .date }

    /// Days expressed in a duration unit.
    static func elapsed(days: Int32, unit: String?) -> Double {
        let d = Double(days)
        switch unit {
        case "year": return d / 365.25
        case "month": return d / 30.44
        case "week": return d / 7
        case "day": return d
        case "hour": return d * 24
        default: return 0
        }
    }
}
