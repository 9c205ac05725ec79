import ArgumentParser
import FactLedger
import Foundation

extension FactLedgerCommand {
    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest the five bundled seed articles into a fresh ledger, cross-check them and print the report.",
            discussion: """
                Without --db the demo ledger goes to a new temporary folder, whose path is printed; \
                FACTLEDGER_DB is not used, so the demo never touches your working ledger. \
                With --db the file must not exist yet: the seeds are never added into an existing ledger.
                """)

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            if let db = global.db, FileManager.default.fileExists(atPath: db) {
                throw LedgerError.invalid("demo makes a new ledger, and '\(db)' exists; name a new file or leave out --db")
            }
            let folder = try DemoSeeds.writeSeeds()
            let path = global.db ?? (folder as NSString).appendingPathComponent("demo.sqlite")
            let ledger = try Ledger.open(path: path, mode: .create)
            let summary = try IngestPipeline().run(
                IngestInputs(paths: [(folder as NSString).appendingPathComponent("seeds")]).inputs,
                into: ledger
            ) { event in
                if case .failed(_, let message) = event { Output.error(message) }
            }
            print(IngestReport.line(summary))
            print("")
            Output.table(
                ["ID", "OUTLET", "PUBLISHED", "QUOTES", "CLAIMS", "TITLE"],
                try ledger.articles().map { a in
                    [
                        String(a.id), a.outlet ?? "-", a.published.map { String($0.prefix(10)) } ?? "-", String(a.quotes),
                        String(a.claims), a.title ?? a.file,
                    ]
                }, flexible: 5)
            let check = try ledger.check()
            print(
                "\ncross-check: \(check.claimsCompared) claims compared, \(check.conflicts) conflict\(check.conflicts == 1 ? "" : "s"), \(check.updates) update\(check.updates == 1 ? "" : "s")\n"
            )
            let report = ReportRenderer.render(
                try ledger.reportData(status: nil), format: .markdown,
                options: ReportOptions(generatedAt: ISOTime.string(from: Date())))
            print(Terminal.sanitise(report, keepNewlines: true))
            print("ledger: \(path)")
            print("next:   factledger --db \(path) review          (decide about each flag)")
            print("        factledger --db \(path) report --format html -o report.html")
        }
    }
}
