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
            if let verdict = m.verdict { head += " [rated \(verdict.rawValue)]" }
            if let by = m.removedBy {
                head +=
                    by.splitFlagId.map { " [split off into flag #\($0) by \(by.reviewer)]" }
                    ?? " [removed by \(by.reviewer)\(by.reason.map { ": \($0)" } ?? "")]"
            } else if m.removed {
                head += " [no longer in this flag]"
            } else if m.isNew {
                head += " [new since the last decision]"
            }
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

    /// The articles of a flag for reading in a pager: each with its outlet, title, date and URL,
    /// then its whole text with this flag's figures marked (reverse video, or »…«).
    public static func articles(
        of flag: FlagListing, texts: [(listing: ArticleListing, text: String)], width: Int, color: Bool
    ) -> String {
        let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[0m") : ("»", "«")
        var out: [String] = []
        for (a, text) in texts {
            out.append(Terminal.sanitise("=== \(a.outlet ?? "unknown outlet") — \(a.title ?? a.file) ==="))
            out.append(
                Terminal.sanitise("URL: \(a.url ?? "none recorded") · published \(a.published ?? "undated") · file \(a.file)"))
            out.append("")
            // Mark the figures by their offsets in the text, then wrap and sanitise each piece.
            let scalars = Array(text.unicodeScalars)
            let spans = flag.claims.filter { $0.articleId == a.id }.map { (max(0, $0.start), min(scalars.count, $0.end)) }
                .filter { $0.0 < $0.1 }.sorted { $0.0 < $1.0 }
            var marked = ""
            var at = 0
            for (start, end) in spans where start >= at {
                marked += Terminal.sanitise(scalars.text(from: at, to: start), keepNewlines: true)
                marked += "\u{0}" + Terminal.sanitise(scalars.text(from: start, to: end)) + "\u{1}"
                at = end
            }
            marked += Terminal.sanitise(scalars.text(from: at, to: scalars.count), keepNewlines: true)
            // The markers are control characters sanitising removed from the text, so they are ours.
            for paragraph in marked.split(separator: "\n", omittingEmptySubsequences: false) {
                for line in Table.wrap(String(paragraph), width: width) {
                    out.append(line.replacingOccurrences(of: "\u{0}", with: open).replacingOccurrences(of: "\u{1}", with: close))
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The sentence with the figure marked: reverse video on a terminal, »…« otherwise.
    static func highlight(_ c: ClaimListing, color: Bool) -> String {
        let parts = SentenceParts(c)
        let (open, close) = color ? ("\u{1B}[7m", "\u{1B}[0m") : ("»", "«")
        return Terminal.sanitise(parts.before) + open + Terminal.sanitise(parts.figure) + close
            + Terminal.sanitise(parts.after)
    }
}
