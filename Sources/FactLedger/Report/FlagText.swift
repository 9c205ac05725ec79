/// A flag as text for a terminal: the measure, each claim with outlet, date, speaker and its
/// sentence with the figure highlighted, then the explanation and the decision.
public enum FlagText {
    public static func render(_ f: FlagListing, width: Int, color: Bool) -> String {
        var lines: [String] = []
        // Untrusted text is sanitised line by line; the highlight's escapes are added after it.
        func add(_ line: String) { lines.append(Terminal.sanitise(line)) }
        add("Flag #\(f.id) — \(f.title)")
        add(
            "\(f.kind), \(f.status), confidence \(String(format: "%.2f", f.confidence)) (\(FlagListing.strength(f.confidence)))\(f.stale ? ", stale: its claims vanished or no longer conflict" : ""), dates: \(f.dateRelation)"
        )
        lines.append("")
        for m in f.members {
            let c = m.claim
            var head = "• \(c.text) — \(c.outlet ?? "unknown outlet"), \(c.published.map { String($0.prefix(10)) } ?? "undated")"
            if let s = c.speaker ?? c.speakerAsWritten { head += ", said by \(s)" }
            if let d = c.eventDate { head += ", event \(d)" }
            if m.removed { head += " [no longer in this flag]" } else if m.isNew { head += " [new since the last decision]" }
            add(head)
            for line in Table.wrap(highlight(c, color: color), width: max(20, width - 4)) { lines.append("    " + line) }
        }
        lines.append("")
        for line in Table.wrap(f.explanation, width: width) { add(line) }
        if let d = f.lastDecision {
            lines.append("")
            add(
                "Decision: \(d.action)\(d.reason.map { " (\($0))" } ?? "") by \(d.reviewer) at \(d.at)\(d.note.map { ": \($0)" } ?? "")"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The sentence with the figure marked: reverse video on a terminal, »…« otherwise.
    static func highlight(_ c: ClaimListing, color: Bool) -> String {
        let parts = SentenceParts(c)
        let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[0m") : ("»", "«")
        return Terminal.sanitise(parts.before) + open + Terminal.sanitise(parts.figure) + close
            + Terminal.sanitise(parts.after)
    }
}
