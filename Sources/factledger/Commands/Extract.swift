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
            let stdin: [UInt8]? =
                inputs.inputs.contains(where: \.isStdin) ? Array(FileHandle.standardInput.readDataToEndOfFile()) : nil
            var objects: [JSONValue] = []
            for input in inputs.inputs {
                do {
                    if let error = input.error { throw error }
                    let article =
                        input.isStdin
                        ? try reader.read(bytes: stdin ?? [], file: "-", format: ArticleFormat(rawValue: format) ?? .text)
                        : try reader.read(
                            path: input.path, file: input.file, format: input.format, sourcesEntry: input.sourcesEntry)
                    let extraction = Extractor().extract(article)
                    if json {
                        objects.append(
                            ExtractionReport.json(article, extraction, numbers: numbers ? Extractor().numbers(in: article) : []))
                    } else {
                        print(ExtractionReport.text(article, extraction))
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
            if json { Output.json(.array(objects)) }
            if failed { throw ExitCode(1) }
        }
    }
}
