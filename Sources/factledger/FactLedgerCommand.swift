import ArgumentParser
import FactLedger
import Foundation

@main
struct FactLedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factledger",
        abstract: "Extract quotations and figures from news articles, cross-check them, review and report.",
        discussion: """
            The ledger is ./factledger.sqlite unless --db or FACTLEDGER_DB names another file.
            Exit status: 0 success, 1 ran but something failed, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Ingest.self, Articles.self, ArticleShow.self, Quotes.self, Claims.self, Speakers.self, Check.self,
            Flags.self, FlagCommand.self, Review.self, Report.self, Extract.self, Demo.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// Runs the command, then flushes standard output: a failed write (a full disk, `> /dev/full`)
    /// is one line and exit 1, never output lost with exit 0.
    static func main() async {
        // No command at all is a usage error: the help, exit 64.
        if CommandLine.arguments.count == 1 {
            FileHandle.standardError.write(Data((helpMessage() + "\n").utf8))
            Foundation.exit(64)
        }
        var failure: (any Error)?
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            failure = error
        }
        if let writeError = StandardOutput.finish() {
            Output.error("\(writeError)")
            Foundation.exit(1)
        }
        guard let failure else { return }
        // Errors of the ledger and of files are one line in one form (`error: …`), exit 1; usage
        // errors and help keep ArgumentParser's output and codes (64, 0).
        if exitCode(for: failure) == .failure, !(failure is ExitCode) {
            var message = fullMessage(for: failure)
            if message.hasPrefix("Error: ") { message.removeFirst(7) }
            Output.error(message)
            Foundation.exit(1)
        }
        // Usage errors keep ArgumentParser's usage lines and exit 64, in the same `error: …` form.
        let code = exitCode(for: failure)
        let message = fullMessage(for: failure)
        if code == .validationFailure, message.hasPrefix("Error: ") {
            FileHandle.standardError.write(Data(("error: " + message.dropFirst(7) + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
        exit(withError: failure)
    }
}
