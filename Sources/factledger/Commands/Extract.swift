import ArgumentParser
import FactLedger
import Foundation

extension FactLedgerCommand {
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract quotations and claims from files without touching a ledger, and print them.")

        @Argument(help: ArgumentHelp("Files, folders, or - for stdin.", valueName: "path")) var paths: [String]
        @Flag(help: "Print one JSON object per file.") var json = false
        @Flag(help: "Also list every number the recognizer found, claim or not.") var numbers = false
        @Flag(help: "Also list sentences, tokens (with part of speech and lemma) and classed names.") var tokens = false
        @Option(help: "Format of text read from stdin: text, markdown or html.") var format: String = "text"

        func validate() throws {
            if paths.isEmpty { throw ValidationError("give at least one file, folder or - for stdin") }
            if ArticleFormat(rawValue: format) == nil { throw ValidationError("--format must be text, markdown or html") }
        }

        func run() async throws {
            let inputs = IngestInputs(paths: paths)
            for warning in inputs.warnings { Output.warning(warning) }
            var failed = false
            let reader = ArticleReader()
            var output = JSONArrayStream()
            var stdin: [UInt8]?
            for input in inputs.inputs {
                do {
                    if let error = input.error { throw error }
                    if input.isStdin, stdin == nil {
                        stdin = try FileBytes.readAll(fd: 0, display: "-", maxBytes: reader.maxBytes)
                    }
                    let article =
                        input.isStdin
                        ? try reader.read(bytes: stdin ?? [], file: "-", format: ArticleFormat(rawValue: format) ?? .text)
                        : try reader.read(
                            path: input.path, file: input.file, format: input.format, sourcesEntry: input.sourcesEntry)
                    let extraction = Extractor().extract(article)
                    let language = tokens ? LanguageAnalysis(text: article.text) : nil
                    if json {
                        output.append(
                            fields: ExtractionReport.jsonFields(
                                article, extraction, numbers: numbers ? Extractor().numbers(in: article) : [], language: language)
                        )
                    } else {
                        print(ExtractionReport.text(article, extraction))
                        if let language { print(ExtractionReport.text(language)) }
                        if numbers {
                            for n in Extractor().numbers(in: article) {
                                print(
                                    Terminal.sanitise(
                                        "  number  \(n.text) = \(JSONValue.number(n.value)) \(n.unit ?? "") [\(n.kind.rawValue)]")
                                )
                            }
                        }
                    }
                } catch {
                    failed = true
                    Output.error("\(error)")
                }
            }
            if json { output.finish() }
            if failed { throw ExitCode(1) }
        }
    }
}
