import ArgumentParser
import FactLedger
import Foundation

extension QuotesExport.Format: ExpressibleByArgument {}

extension FactLedgerCommand {
    struct Quotes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List quotations: by speaker, article, outlet, date or words in them.",
            discussion: "--speaker matches canonical names and aliases ignoring case and diacritics; a surname alone works.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only this speaker (a name, an alias or a surname).") var speaker: String?
        @Option(help: "Only this article.") var article: Int64?
        @Option(help: "Only outlets whose name contains this text.") var outlet: String?
        @Option(help: "Only articles published on or after this date (e.g. 2025-11-01).") var since: String?
        @Option(help: "Only quotes containing these words (full-text search).") var search: String?
        @Option(help: "Show at most this many.") var limit: Int?
        @Option(help: "Export as markdown or csv instead of listing.") var format: QuotesExport.Format?
        @Option(
            name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("With --format: write to this file.", valueName: "file"))
        var outputFile: String?

        func validate() throws {
            if let since, DateText.isoDate(from: since) == nil, since.count != 4 && since.count != 7 {
                throw ValidationError("--since '\(since)' is not a date (try 2025-11-01)")
            }
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            if outputFile != nil, format == nil { throw ValidationError("--output needs --format markdown or csv") }
            if format != nil, output.json { throw ValidationError("--format and --json cannot be used together") }
        }

        func run() async throws {
            let ledger = try global.open(.read)
            let filter = QuoteFilter(
                speaker: speaker, articleId: article, outlet: outlet, since: since.map { DateText.isoDate(from: $0) ?? $0 },
                search: search, limit: limit)
            let quotes = try ledger.quotes(filter)
            if output.json { return Output.json(.array(quotes.map(\.json))) }
            if let format {
                let title = "Quotes" + (speaker.map { " of \($0)" } ?? "") + (search.map { " containing “\($0)”" } ?? "")
                let text = QuotesExport.render(quotes, format: format, title: title)
                if let path = outputFile { return try AtomicFile.write(text, to: path, protecting: [global.ledgerPath]) }
                return try StandardOutput.write(text)
            }
            QuoteTable.print(quotes, width: Output.width)
        }
    }
}

/// Quotes as a readable listing: speaker, outlet and date, then the quote wrapped to the terminal.
enum QuoteTable {
    static func print(_ quotes: [QuoteListing], width: Int) {
        if quotes.isEmpty { return Swift.print("no quotes") }
        for q in quotes {
            let who = q.speaker ?? q.speakerAsWritten.map { "\($0) (unresolved)" } ?? "no speaker"
            let when = q.published.map { String($0.prefix(10)) } ?? "undated"
            Swift.print(Terminal.sanitise("#\(q.id)  \(who) — \(q.outlet ?? "unknown outlet"), \(when)  [\(q.kind)]"))
            for line in Table.wrap("“" + q.text + "”", width: max(20, width - 4)) {
                Swift.print("    " + Terminal.sanitise(line))
            }
        }
    }
}
