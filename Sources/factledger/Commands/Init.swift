import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the ledger, or bring an existing one up to the current schema.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let ledger = try global.open(.create)
            print("ledger ready at '\(ledger.path)' (schema \(Ledger.migrationIdentifiers.joined(separator: ", ")))")
        }
    }
}
