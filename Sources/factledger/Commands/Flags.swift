import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Flags: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List flags: figures that cannot both be true (and running tolls that rose).")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "open, confirmed, dismissed or all.") var status: String = "open"
        @Option(help: "conflict, update or all.") var kind: String = "all"
        @Option(help: "Only flags whose measure contains this text.") var subject: String?

        func validate() throws {
            guard ["open", "confirmed", "dismissed", "all"].contains(status) else {
                throw ValidationError("--status must be open, confirmed, dismissed or all")
            }
            guard ["conflict", "update", "all"].contains(kind) else {
                throw ValidationError("--kind must be conflict, update or all")
            }
        }

        func run() async throws {
            let flags = try global.open(.read).flags(
                status: status == "all" ? nil : status, kind: kind == "all" ? nil : kind, subject: subject)
            if output.json { return Output.json(.array(flags.map(\.json))) }
            if flags.isEmpty { return print("no \(status == "all" ? "" : status + " ")flags") }
            Output.table(
                ["ID", "KIND", "STATUS", "DATES", "MEASURE", "FIGURES"],
                flags.map { f in
                    [
                        String(f.id), f.kind + (f.stale ? " (stale)" : ""),
                        f.status + (f.members.contains { $0.isNew && !$0.removed } ? " +new" : ""),
                        f.dateRelation, f.title, f.claims.map { "\($0.text) (\($0.outlet ?? "?"))" }.joined(separator: " vs "),
                    ]
                }, flexible: 5)
        }
    }
}
