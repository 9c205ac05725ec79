import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Articles: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the articles in the ledger.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "Only articles whose outlet contains this text.") var outlet: String?
        @Flag(name: .customLong("all-versions"), help: "Include versions later ones replaced.") var allVersions = false
        @Option(help: "Show at most this many.") var limit: Int?

        func run() async throws {
            let ledger = try global.open(.read)
            let articles = try ledger.articles(outlet: outlet, includeOldVersions: allVersions, limit: limit)
            if output.json { return Output.json(.array(articles.map(\.json))) }
            Output.table(
                ["ID", "OUTLET", "PUBLISHED", "QUOTES", "CLAIMS", "TITLE"],
                articles.map { a in
                    [
                        String(a.id), a.outlet ?? "-", a.published.map { String($0.prefix(10)) } ?? "-", String(a.quotes),
                        String(a.claims), (a.title ?? a.file) + (a.version > 1 ? " (v\(a.version))" : ""),
                    ]
                }, flexible: 5)
        }
    }
}
