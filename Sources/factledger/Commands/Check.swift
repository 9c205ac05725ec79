import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare the claims in the ledger and flag figures that cannot both be true.",
            discussion: "Re-running is safe: flags keep their ids and review history.")

        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print the summary as JSON.") var json = false
        @Option(help: "Days apart (by event or publication date) that two reports of one attack or toll may be.")
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
                        ("disputed", .int(Int64(s.disputed))), ("flags_kept", .int(Int64(s.flagsKept))),
                        ("dates_inferred", .int(Int64(s.datesInferred))),
                        ("flags_new", .int(Int64(s.flagsNew))),
                        ("flags_changed", .int(Int64(s.flagsChanged))), ("flags_stale", .int(Int64(s.flagsStale))),
                        ("undated_event_claims", .int(Int64(s.undatedEvents))),
                    ]))
            }
            func n(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            print(
                "compared \(s.claimsCompared) claims (\(s.pairsCompared) pairs): \(n(s.conflicts, "conflict")), \(s.disputed) disputed, \(n(s.updates, "update")); \(n(s.flagsNew, "new flag")), \(s.flagsChanged) changed, \(s.flagsStale) stale"
            )
            if s.undatedEvents > 0 {
                print(
                    "\(n(s.undatedEvents, "claim")) about attacks or tolls with no date: compared with lower confidence (\(s.datesInferred) dated by agreeing reports; set a date with ingest --published)"
                )
            }
        }
    }
}
