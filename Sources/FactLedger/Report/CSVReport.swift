import Foundation

/// The discrepancy report as CSV: one row per flag and claim, with stable columns (new ones are
/// only ever added at the end). RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so
/// spreadsheets read accents right; text that a spreadsheet would run as a formula is neutralised.
enum CSVReport {
    static let columns = [
        "flag_id", "flag_title", "flag_kind", "flag_status", "flag_stale", "date_relation", "claim_id", "in_flag", "figure",
        "value",
        "lower", "upper", "unit", "subject", "outlet", "published", "speaker", "event_date", "article_id", "file", "url",
        "sentence",
        "start", "end", "sentence_start", "sentence_end", "quote_id", "decision", "decision_reason", "decision_note",
        "decision_by",
        "decision_at", "explanation", "confidence", "verdict", "removed_reason",
    ]

    static func render(_ data: ReportData) -> String {
        var out = CSV()
        out.row(columns)
        for flag in data.flags {
            let f = flag.listing
            let d = f.lastDecision
            for m in f.members {
                let c = m.claim
                out.row([
                    String(f.id), f.title, f.kind, f.status, f.stale ? "1" : "0", f.dateRelation, String(c.id),
                    m.removed ? "0" : "1",
                    c.text, CSV.number(c.value), c.lower.map(CSV.number) ?? "", c.upper.map(CSV.number) ?? "", c.unit ?? "",
                    c.subject ?? "", c.outlet ?? "", c.published ?? "", c.speaker ?? c.speakerAsWritten ?? "", c.eventDate ?? "",
                    String(c.articleId), c.file, c.url ?? "", c.sentence, String(c.start), String(c.end), String(c.sentenceStart),
                    String(c.sentenceEnd), c.quoteId.map(String.init) ?? "", d?.action ?? "", d?.reason ?? "", d?.note ?? "",
                    d?.reviewer ?? "", d?.at ?? "", f.explanation, String(format: "%.3f", f.confidence),
                    m.verdict?.rawValue ?? "", m.removedBy.map { $0.reason ?? "split" } ?? "",
                ])
            }
        }
        return out.text
    }
}

/// Writes CSV the way spreadsheets read it.
struct CSV {
    private(set) var text = "\u{FEFF}"

    mutating func row(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// Quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so it is shown, not run
    /// (OWASP's advice against CSV injection). Plain numbers are left alone.
    static func field(_ s: String) -> String {
        var v = Terminal.sanitise(s, keepNewlines: true)
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(v) == nil {
            v = "'" + v
        }
        if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || v.hasPrefix(" ") || v.hasSuffix(" ") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
