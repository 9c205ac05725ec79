/// One speaker's quotations (or any `quotes` selection) as Markdown or CSV, for a story or a
/// spreadsheet. The same escaping as the discrepancy report.
public enum QuotesExport {
    public enum Format: String, Sendable, CaseIterable {
        case markdown, csv
    }

    public static func render(_ quotes: [QuoteListing], format: Format, title: String) -> String {
        switch format {
        case .markdown: return markdown(quotes, title: title)
        case .csv: return csv(quotes)
        }
    }

    static func markdown(_ quotes: [QuoteListing], title: String) -> String {
        var out = ["# " + MarkdownReport.inline(title), ""]
        if quotes.isEmpty { out.append("No quotes.") }
        for q in quotes {
            let who = q.speaker ?? q.speakerAsWritten ?? "no speaker"
            let source =
                ReportLinks.safe(q.url).map { "[\(MarkdownReport.inline(q.outlet ?? q.file))](\(MarkdownReport.url($0)))" }
                ?? MarkdownReport.inline(q.outlet ?? q.file)
            out.append("> “\(MarkdownReport.inline(q.text))”")
            out.append("")
            out.append("— \(MarkdownReport.inline(who)), \(source), \(DecisionText.date(q.published)) (quote \(q.id), \(q.kind))")
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static let csvColumns = [
        "quote_id", "speaker", "speaker_as_written", "text", "kind", "cue", "outlet", "published", "title", "url", "article_id",
        "file",
        "start", "end",
    ]

    static func csv(_ quotes: [QuoteListing]) -> String {
        var out = CSV()
        out.row(csvColumns)
        for q in quotes {
            out.row([
                String(q.id), q.speaker ?? "", q.speakerAsWritten ?? "", q.text, q.kind, q.cue ?? "", q.outlet ?? "",
                q.published ?? "",
                q.title ?? "", q.url ?? "", String(q.articleId), q.file, String(q.start), String(q.end),
            ])
        }
        return out.text
    }
}
