import Foundation

/// The discrepancy report as Markdown: a summary, then a section per flag with a table of the
/// figures, the explanation and the decision trail. Text from articles is escaped so it cannot
/// break the tables or inject HTML into a Markdown renderer.
enum MarkdownReport {
    static func render(_ data: ReportData, options: ReportOptions) -> String {
        var out: [String] = []
        out.append("# Discrepancy report")
        out.append("")
        out.append(
            "Generated \(options.generatedAt)" + (options.orgName.map { " by \(inline($0))" } ?? "")
                + ". Flags listed: \(data.status?.rawValue ?? "all").")
        out.append("")
        out.append("| Ledger | Count |")
        out.append("|---|---:|")
        out.append("| Articles | \(data.summary.articles) |")
        out.append("| Outlets | \(data.summary.outlets) |")
        out.append("| Quotes | \(data.summary.quotes) |")
        out.append("| Claims | \(data.summary.claims) |")
        out.append("| Flags | \(DecisionText.statusLine(data.summary)) |")
        if data.flags.isEmpty {
            out.append("")
            out.append("No flags to report.")
        }
        for flag in data.flags { out += section(flag, copies: data.copyLines(flag.listing)) }
        return out.joined(separator: "\n") + "\n"
    }

    static func section(_ flag: ReportData.Flag, copies: [String] = []) -> [String] {
        let f = flag.listing
        var out = ["", "## Flag \(f.id): \(inline(f.title))", ""]
        out.append(
            "**\(f.status)** · \(f.kind) · confidence \(String(format: "%.2f", f.confidence)) (\(FlagListing.strength(f.confidence))) · dates: \(f.dateRelation)"
                + (f.stale ? " · stale: its claims vanished or no longer conflict" : ""))
        out.append("")
        out.append("| Figure | Outlet | Published | Speaker | Sentence |")
        out.append("|---|---|---|---|---|")
        for m in f.members {
            let c = m.claim
            let parts = SentenceParts(c)
            var figure = "**\(cell(c.text))**"
            if let label = DecisionText.figureLabel(m) { figure += " (\(cell(label)))" }
            let outlet = ReportLinks.safe(c.url).map { "[\(cell(c.outlet ?? c.file))](\(url($0)))" } ?? cell(c.outlet ?? c.file)
            out.append(
                "| \(figure) | \(outlet) | \(DecisionText.date(c.published)) | \(cell(c.speaker ?? c.speakerAsWritten ?? "—")) | "
                    + "\(cell(parts.before))**\(cell(parts.figure))**\(cell(parts.after)) |")
        }
        out.append("")
        for line in copies { out.append(inline(line)) }
        if !copies.isEmpty { out.append("") }
        out.append(inline(f.explanation))
        out.append("")
        if flag.history.isEmpty {
            out.append("No decision yet.")
        } else {
            out.append("Decisions:")
            out.append("")
            for e in flag.history { out.append("- " + inline(DecisionText.line(e))) }
        }
        return out
    }

    /// Text for a table cell: no line breaks, pipes and Markdown punctuation escaped.
    static func cell(_ s: String) -> String {
        inline(s).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text for running Markdown: one line, emphasis and link characters and HTML escaped.
    static func inline(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in Terminal.sanitise(s) {
            switch ch {
            case "\n", "\r", "\t": out.append(" ")
            case "\\", "`", "*", "_", "[", "]", "#", "~": out.append("\\"); out.append(ch)
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "&": out.append("&amp;")
            default: out.append(ch)
            }
        }
        return out
    }

    /// A link target: spaces and parentheses encoded so the link cannot end early.
    static func url(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28").replacingOccurrences(
            of: ")", with: "%29"
        )
        .replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E")
    }
}

/// Links in reports: only web addresses, never `javascript:` or `data:`.
enum ReportLinks {
    static func safe(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespaces) else { return nil }
        let lower = url.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? url : nil
    }
}
