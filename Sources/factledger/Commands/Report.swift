import ArgumentParser
import FactLedger
import Foundation

extension ReportFormat: ExpressibleByArgument {}

extension FactLedgerCommand {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the discrepancy report: Markdown, HTML, CSV, JSON or ClaimReview JSON-LD.",
            discussion: """
                The report lists the ledger's totals, then each flag with its figures, explanation and decision trail.
                ClaimReview covers confirmed and dismissed flags only: a rating comes from a human decision.
                With --output the file is replaced atomically; without it the report goes to standard output.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: "markdown, html, csv, json or claimreview.") var format: ReportFormat = .markdown
        @Option(help: "open, confirmed, dismissed or all.") var status: StatusFilter = .all
        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?
        @Option(help: "The organisation publishing the report (ClaimReview author).") var orgName: String?
        @Option(help: "The organisation's web address.") var orgURL: String?
        @Option(help: "The page the report will be published on; flags are #flag-ID anchors on it.") var publishURL: String?

        func validate() throws {
            if format == .claimreview, publishURL == nil || orgName == nil {
                throw ValidationError(
                    "ClaimReview needs --publish-url (the page it will be published on) and --org-name (who reviews)")
            }
            for (name, value) in [("--org-url", orgURL), ("--publish-url", publishURL)] {
                if let value, !(value.lowercased().hasPrefix("https://") || value.lowercased().hasPrefix("http://")) {
                    throw ValidationError("\(name) must be an http(s) address")
                }
            }
        }

        func run() async throws {
            let data = try global.open(.read).reportData(status: status.status)
            let options = ReportOptions(
                generatedAt: ISOTime.string(from: Date()), orgName: orgName, orgURL: orgURL, publishURL: publishURL)
            let text = ReportRenderer.render(data, format: format, options: options)
            if let output {
                try AtomicFile.write(text, to: output, protecting: [global.ledgerPath])
                Output.note("wrote \(data.flags.count) flag\(data.flags.count == 1 ? "" : "s") to \(output)")
            } else {
                try StandardOutput.write(text)
            }
        }
    }
}
