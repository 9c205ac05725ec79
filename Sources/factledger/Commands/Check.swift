import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the claims in the ledger and flag figures that cannot both be true.",
            discussion: "Re-running is safe: flags keep their ids and review history.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print the summary as JSON.") var json = false
        @Option(help: "Days apart (by publication date) that two reports of one attack or toll may be.")
        var eventWindow = 8

        func validate() throws {
            guard (0...366).contains(eventWindow) else { throw ValidationError("--event-window must be between 0 and 366 days.") }
        }

        func run() async throws {
            let s = try global.open(.write).check(eventWindowDays: eventWindow)
            if json {
                return Output.json(
                    .object([
                        ("run_id", .int(s.runId)), ("claims_compared", .int(Int64(s.claimsCompared))),
                        ("pairs_compared", .int(Int64(s.pairsCompared))),
                        ("conflicts", .int(Int64(s.conflicts))), ("updates", .int(Int64(s.updates))),
                        ("flags_new", .int(Int64(s.flagsNew))),
                        ("flags_changed", .int(Int64(s.flagsChanged))), ("flags_stale", .int(Int64(s.flagsStale))),
                        ("undated_event_claims", .int(Int64(s.undatedEvents))),
                    ]))
            }
            print(
                "compared \(s.claimsCompared) claims (\(s.pairsCompared) pairs): \(s.conflicts) conflict\(s.conflicts == 1 ? "" : "s"), \(s.updates) update\(s.updates == 1 ? "" : "s"); \(s.flagsNew) new flag\(s.flagsNew == 1 ? "" : "s"), \(s.flagsChanged) changed, \(s.flagsStale) stale"
            )
            if s.undatedEvents > 0 {
                print(
                    "\(s.undatedEvents) claim\(s.undatedEvents == 1 ? "" : "s") about attacks or tolls not compared: no date (set one with ingest --published)"
                )
            }
        }
    }
}
