/// A flag as text for a terminal: the measure, each claim with outlet, date, speaker and its
/// sentence with the figure highlighted, then the explanation and the decision.
public enum FlagText {
    public static func render(_ f: FlagListing, width: Int, color: Bool) -> String {
        var lines: [String] = []
        lines.append("Flag #\(f.id) — \(f.title)")
        lines.append(
            "\(f.kind), \(f.status), confidence \(String(format: "%.2f", f.confidence)) (\(FlagListing.strength(f.confidence)))\(f.stale ? ", stale: its claims vanished or no longer conflict" : ""), dates: \(f.dateRelation)"
        )
        lines.append("")
        for m in f.members {
            let c = m.claim
            var head = "• \(c.text) — \(c.outlet ?? "unknown outlet"), \(c.published.map { String($0.prefix(10)) } ?? "undated")"
            if let s = c.speaker ?? c.speakerAsWritten { head += ", said by \(s)" }
            if let d = c.eventDate { head += ", event \(d)" }
            if m.removed { head += " [no longer in this flag]" } else if m.isNew { head += " [new since the last decision]" }
            lines.append(head)
            for line in Table.wrap(highlight(c, color: color), width: max(20, width - 4)) { lines.append("    " + line) }
        }
        lines.append("")
        lines += Table.wrap(f.explanation, width: width)
        if let d = f.lastDecision {
            lines.append("")
            lines.append(
                "Decision: \(d.action)\(d.reason.map { " (\($0))" } ?? "") by \(d.reviewer) at \(d.at)\(d.note.map { ": \($0)" } ?? "")"
            )
        }
        return Terminal.sanitise(lines.joined(separator: "\n"), keepNewlines: true)
    }

    /// The sentence with the figure marked: reverse video on a terminal, »…« otherwise.
    static func highlight(_ c: ClaimListing, color: Bool) -> String {
        let parts = SentenceParts(c)
        let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[0m") : ("»", "«")
        return Terminal.sanitise(parts.before) + open + Terminal.sanitise(parts.figure) + close
            + Terminal.sanitise(parts.after)
    }
}
