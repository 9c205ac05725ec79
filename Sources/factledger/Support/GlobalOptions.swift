import ArgumentParser
import FactLedger
import Foundation

/// Options every command takes, before or after the command name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The ledger file (default: $FACTLEDGER_DB, else ./factledger.sqlite).", valueName: "path")
    )
    var db: String?

    /// The ledger path: `--db`, else `FACTLEDGER_DB`, else `./factledger.sqlite`.
    var ledgerPath: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["FACTLEDGER_DB"], !env.isEmpty { return env }
        return "factledger.sqlite"
    }

    func open(_ mode: Ledger.OpenMode) throws -> Ledger {
        let ledger = try Ledger.open(path: ledgerPath, mode: mode)
        if ledger.isImmutableSnapshot {
            Output.warning(
                "the ledger's folder is read-only: reading '\(ledgerPath)' as it is on disk (changes made meanwhile are not seen)"
            )
        }
        return ledger
    }
}

/// `--json` for listing commands.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON (an array of objects with stable snake_case keys) instead of a table.")
    var json = false
}

/// `--json` for a command that shows one thing (an article, a flag, a decision).
struct ObjectOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print it as one JSON object with stable snake_case keys instead of text.")
    var json = false
}
