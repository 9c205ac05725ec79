/// The discrepancy report as one self-contained HTML page: inline CSS, no scripts, no fonts or
/// images from the network. Tables turn into stacked cards on a phone and print without the
/// page furniture. Every piece of article or reviewer text is escaped.
enum HTMLReport {
    static func render(_ data: ReportData, options: ReportOptions) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Discrepancy report</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <h1>Discrepancy report</h1>

            """
        out += "<p class=\"meta\">Generated \(escape(options.generatedAt))"
        if let org = options.orgName {
            out +=
                " by " + (ReportLinks.safe(options.orgURL).map { "<a href=\"\(escape($0))\">\(escape(org))</a>" } ?? escape(org))
        }
        out += ". Flags listed: \(escape(data.status?.rawValue ?? "all")).</p>\n"
        let s = data.summary
        out += "<dl class=\"summary\">"
        for (label, value) in [
            ("Articles", "\(s.articles)"), ("Outlets", "\(s.outlets)"), ("Quotes", "\(s.quotes)"), ("Claims", "\(s.claims)"),
            ("Flags", DecisionText.statusLine(s)),
        ] {
            out += "<div><dt>\(label)</dt><dd>\(escape(value))</dd></div>"
        }
        out += "</dl>\n</header>\n<main>\n"
        if data.flags.isEmpty { out += "<p>No flags to report.</p>\n" }
        for flag in data.flags { out += section(flag, copies: data.copyLines(flag.listing)) }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    static func section(_ flag: ReportData.Flag, copies: [String] = []) -> String {
        let f = flag.listing
        var out = "<section class=\"flag \(escape(f.status))\" id=\"flag-\(f.id)\">\n"
        out += "<h2><a href=\"#flag-\(f.id)\">Flag \(f.id)</a>: \(escape(f.title))</h2>\n"
        out += "<p class=\"tags\"><span class=\"status\">\(escape(f.status))</span> <span>\(escape(f.kind))</span> "
        out += "<span>confidence \(String(format: "%.2f", f.confidence)) (\(FlagListing.strength(f.confidence)))</span> "
        out += "<span>dates: \(escape(f.dateRelation))</span>"
        if f.stale { out += " <span>stale: its claims vanished or no longer conflict</span>" }
        out +=
            "</p>\n<table>\n<thead><tr><th>Figure</th><th>Outlet</th><th>Published</th><th>Speaker</th><th>Sentence</th></tr></thead>\n<tbody>\n"
        for m in f.members {
            let c = m.claim
            let parts = SentenceParts(c)
            let outlet = escape(c.outlet ?? c.file)
            let linked =
                ReportLinks.safe(c.url).map { "<a href=\"\(escape($0))\" rel=\"noopener noreferrer\">\(outlet)</a>" } ?? outlet
            var figure = "<strong>\(escape(c.text))</strong>"
            if let label = DecisionText.figureLabel(m) { figure += " <em>(\(escape(label)))</em>" }
            out += "<tr\(m.removed ? " class=\"removed\"" : "")>"
            out += "<td data-label=\"Figure\">\(figure)</td><td data-label=\"Outlet\">\(linked)</td>"
            out += "<td data-label=\"Published\">\(escape(DecisionText.date(c.published)))</td>"
            out += "<td data-label=\"Speaker\">\(escape(c.speaker ?? c.speakerAsWritten ?? "—"))</td>"
            out +=
                "<td data-label=\"Sentence\">\(escape(parts.before))<mark>\(escape(parts.figure))</mark>\(escape(parts.after))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for line in copies { out += "<p class=\"copies\">\(escape(line))</p>\n" }
        out += "<p class=\"explanation\">\(escape(f.explanation))</p>\n"
        if flag.history.isEmpty {
            out += "<p class=\"trail\">No decision yet.</p>\n"
        } else {
            out += "<ol class=\"trail\">\n"
            for e in flag.history { out += "<li\(e.undone ? " class=\"undone\"" : "")>\(escape(DecisionText.line(e)))</li>\n" }
            out += "</ol>\n"
        }
        return out + "</section>\n"
    }

    /// Text or attribute value with the five HTML metacharacters escaped and control characters removed.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in Terminal.sanitise(s, keepNewlines: true) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let css = """
        :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#5c5c5c;--line:#d8d8d8;--mark:#ffe066;--ok:#1d6b3a;--bad:#a3261c}
        @media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#161616;--muted:#aaa;--line:#444;--mark:#8a6d00}}
        *{box-sizing:border-box}body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:0 0 .4rem}a{color:inherit}
        .meta,.tags,.trail{color:var(--muted);font-size:.9rem}
        .summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:1rem 0}.summary div{min-width:6rem}.summary dt{font-size:.8rem;color:var(--muted)}.summary dd{margin:0;font-weight:600}
        .flag{border-top:2px solid var(--line);padding:1rem 0 .5rem;break-inside:avoid}
        .tags span{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;margin-right:.25rem}
        .confirmed .status{color:var(--bad);border-color:var(--bad)}.dismissed .status{color:var(--ok);border-color:var(--ok)}
        table{width:100%;border-collapse:collapse;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.4rem;border-bottom:1px solid var(--line)}
        th{font-size:.8rem;color:var(--muted);font-weight:600}td:first-child,td[data-label=Published]{white-space:nowrap}
        mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.2em}.removed{opacity:.6}.removed td{text-decoration:line-through}
        .undone{text-decoration:line-through}
        @media (max-width:40rem){thead{display:none}table,tbody,tr,td{display:block;width:100%}tr{border-bottom:1px solid var(--line);padding:.4rem 0}
        td{border:0;padding:.1rem 0}td:first-child{white-space:normal}td::before{content:attr(data-label) ": ";color:var(--muted);font-size:.8rem}}
        @media print{body{max-width:none;font-size:11pt}a{text-decoration:none}.flag{page-break-inside:avoid}mark{background:none;font-weight:700;text-decoration:underline}}
        """
}
