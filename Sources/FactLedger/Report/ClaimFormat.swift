/// Figures and intervals as people read them.
public enum ClaimFormat {
    /// `430`, `[8, ∞)`, `(460, ∞)`, `[18, 20]`.
    public static func interval(_ c: ClaimListing) -> String {
        interval(lower: c.lower, upper: c.upper, lowerInclusive: c.lowerInclusive, upperInclusive: c.upperInclusive)
    }

    public static func interval(lower: Double?, upper: Double?, lowerInclusive: Bool = true, upperInclusive: Bool = true)
        -> String
    {
        if let lower, let upper, lower == upper { return figure(lower) }
        let left = lower.map { (lowerInclusive ? "[" : "(") + figure($0) } ?? "(−∞"
        let right = upper.map { figure($0) + (upperInclusive ? "]" : ")") } ?? "∞)"
        return left + ", " + right
    }

    /// What a claim measures, compactly: `drones launched · Kyiv`, `people injured (child) past week`.
    public static func measure(_ c: ClaimListing) -> String {
        guard let phrase = c.frame.phrase else { return c.subject ?? "-" }
        return phrase + (c.frame.place.map { " · " + $0 } ?? "")
    }

    /// A number with thousands separators and at most three decimals.
    public static func figure(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 {
            let digits = String(Int64(abs(v)))
            var grouped = ""
            for (i, ch) in digits.reversed().enumerated() {
                if i > 0, i % 3 == 0 { grouped.append(",") }
                grouped.append(ch)
            }
            return (v < 0 ? "-" : "") + String(grouped.reversed())
        }
        let rounded = (v * 1000).rounded() / 1000
        return "\(rounded)"
    }
}
