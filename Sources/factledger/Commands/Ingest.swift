import ArgumentParser
import FactLedger
import Foundation

extension FactLedgerCommand {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles (files, folders, - for stdin), extract quotes and claims, and store them.",
            discussion: """
                Reads .txt, .md, .html and .htm. Folders are read recursively; a sources.json in a folder \
                gives metadata for the files beside it. Text and Markdown may open with front matter. \
                Ingesting the same text again changes nothing; a changed text under the same URL or path \
                is stored as a new version.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Files, folders, or - for stdin.", valueName: "path"))
        var paths: [String]

        @Option(help: "Outlet name (single file only).") var outlet: String?
        @Option(help: "Article URL (single file only).") var url: String?
        @Option(help: "Published date, e.g. 2025-11-25 (single file only).") var published: String?
        @Option(help: "Author (single file only).") var author: String?
        @Option(help: "Title (single file only).") var title: String?
        @Option(help: "Format of text read from stdin: text, markdown or html.") var format: String = "text"
        @Option(name: .customLong("max-size"), help: "Refuse files larger than this many MiB.") var maxSize: Int = 100
        @Flag(name: [.short, .long], help: "Print only errors.") var quiet = false
        @Flag(help: "Print the summary as JSON.") var json = false

        var explicit: ArticleMetadata {
            var m = ArticleMetadata(url: url, outlet: outlet, author: author, title: title)
            if let published { m.setPublished(published, source: .explicit) }
            return m
        }

        func validate() throws {
            if paths.isEmpty { throw ValidationError("give at least one file, folder or - for stdin") }
            if ArticleFormat(rawValue: format) == nil { throw ValidationError("--format must be text, markdown or html") }
            if maxSize < 1 { throw ValidationError("--max-size must be at least 1 (MiB)") }
            if let published, DateText.isoDate(from: published) == nil {
                throw ValidationError("--published '\(published)' is not a date (try 2025-11-25)")
            }
            let givesMetadata = [outlet, url, published, author, title].contains { $0 != nil }
            if givesMetadata {
                var isDir: ObjCBool = false
                if paths.count != 1 || (FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDir) && isDir.boolValue)
                {
                    throw ValidationError(
                        "--outlet, --url, --published, --author and --title apply to a single file; use sources.json for folders")
                }
            }
        }

        func run() async throws {
            let ledger = try global.open(.create)
            let inputs = IngestInputs(paths: paths)
            for warning in inputs.warnings { Output.warning(warning) }
            let pipeline = IngestPipeline(
                reader: ArticleReader(maxBytes: maxSize * 1_048_576), explicit: explicit,
                stdinFormat: ArticleFormat(rawValue: format) ?? .text)
            let bar = ProgressBar(
                total: inputs.inputs.count, enabled: !quiet && !json && Output.stderrIsTerminal && inputs.inputs.count > 3)
            let summary = try pipeline.run(inputs.inputs, into: ledger) { event in
                if case .failed(_, let message) = event {
                    bar.clear()
                    Output.error(message)
                }
                bar.advance()
            }
            bar.finish()
            if !json { for warning in summary.warnings { Output.warning(warning) } }
            if json {
                Output.json(IngestReport.json(summary))
            } else if !quiet {
                print(IngestReport.line(summary))
            }
            if summary.failed > 0 { throw ExitCode(1) }
        }
    }
}
