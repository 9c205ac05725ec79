/// The words a flag shows a reviewer: what is measured, who says what, why the figures cannot
/// both hold, how strong that is, and whether the event dates match.
enum FlagExplanation {
    struct Text {
        var title: String
        var explanation: String
        var gap: Double
        var relativeGap: Double
        var dateRelation: String
    }

    static func make(_ f: CrossChecker.Finding) -> Text {
        let claims = f.claims
        // The smallest gap among the conflicting pairs, relative to the larger figure.
        let closest = f.pairs.min { $0.2 < $1.2 }!
        let a = claims[closest.0], b = claims[closest.1]
        let gap = closest.2
        let scale = max(abs(a.value), abs(b.value), 1e-9)
        let relative = gap / scale
        // Dates.
        let relation: String
        var dateNote: String
        let days = f.pairs.compactMap { p -> Int32? in
            guard let x = claims[p.0].eventDay, let y = claims[p.1].eventDay else { return nil }
            return abs(x - y)
        }
        if days.count < f.pairs.count || days.isEmpty {
            relation = "unknown"
            dateNote = "Event dates are unknown for some reports."
        } else if days.contains(0) {
            relation = "same"
            dateNote = "They report the same day."
        } else {
            relation = "different"
            let n = days.min()!
            let published = f.pairs.allSatisfy { claims[$0.0].basis == .published || claims[$0.1].basis == .published }
            let what =
                f.measure.hasSuffix("killed") || f.measure.hasSuffix("injured") ? "events" : "events (\(f.measure))"
            let apart =
                published ? "Published \(n) day\(n == 1 ? "" : "s") apart" : "Event dates differ by \(n) day\(n == 1 ? "" : "s")"
            dateNote = f.event ? "\(apart): may be different \(what)." : "\(apart)."
        }
        // Who says what, outlet by outlet.
        var byOutlet: [(String, [String])] = []
        for c in claims {
            let outlet = c.outlet ?? "unknown outlet"
            let date =
                c.eventDay != nil
                ? " (\(c.basis == .published ? "published " : "")\(String((c.basis == .published ? c.published : nil)?.prefix(10) ?? Substring(isoDay(c.eventDay!)))))"
                : ""
            let figure = "\(c.text)\(date)"
            if let i = byOutlet.firstIndex(where: { $0.0 == outlet }) {
                if !byOutlet[i].1.contains(figure) { byOutlet[i].1.append(figure) }
            } else {
                byOutlet.append((outlet, [figure]))
            }
        }
        let sides = byOutlet.map { "\($0.0): \($0.1.joined(separator: "; "))" }.joined(separator: " vs ")
        let strength: String
        if f.kind == .update {
            strength = "update"
        } else if relation == "different" {
            strength = "weak"
        } else {
            strength = relative >= 0.1 ? "strong" : "moderate"
        }
        let gapText = ClaimFormat.figure(gap) + (relative < 10 ? " (\(Int((relative * 100).rounded()))%)" : "")
        let reason: String
        if f.kind == .update {
            reason = "A later report gives a higher figure for the same toll: read as an update, not a contradiction."
        } else {
            reason =
                "These figures cannot both be true: \(ClaimFormat.interval(lower: a.interval.lower, upper: a.interval.upper, lowerInclusive: a.interval.lowerInclusive, upperInclusive: a.interval.upperInclusive)) and \(ClaimFormat.interval(lower: b.interval.lower, upper: b.interval.upper, lowerInclusive: b.interval.lowerInclusive, upperInclusive: b.interval.upperInclusive)) are at least \(gapText) apart."
        }
        let explanation = "\(sides). \(reason) \(dateNote) Strength: \(strength)."
        return Text(title: title(f), explanation: explanation, gap: gap, relativeGap: relative, dateRelation: relation)
    }

    /// `drones — russia, kyiv, attack`
    private static func title(_ f: CrossChecker.Finding) -> String {
        let measureWords = Set(f.measure.split(separator: " ").map(String.init))
        let words = f.words.flatMap { $0 }.filter {
            !measureWords.contains($0) && !measureWords.contains(Lemmatizer.shared.lemma($0, .noun).lowercased())
        }
        var seen = Set<String>()
        var shared: [(String, Int)] = []
        for w in words where seen.insert(w).inserted {
            let n = f.words.filter { $0.contains(w) }.count
            if n > 1 { shared.append((w, n)) }
        }
        shared.sort { $0.1 > $1.1 }
        let hint = shared.prefix(3).map(\.0).joined(separator: ", ")
        // Concepts are written as counted (`drones launched`, `people killed`).
        return f.measure + (hint.isEmpty ? "" : " — " + hint)
    }

    static func isoDay(_ day: Int32) -> String {
        // Civil from days (Howard Hinnant's algorithm).
        let z = Int(day) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }
}
