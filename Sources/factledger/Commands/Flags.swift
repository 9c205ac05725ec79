import ArgumentParser
import FactLedger
import Foundation

extension FactLedgerCommand {
    struct Flags: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "List flags (figures that cannot both be true, two figures in one article, running tolls that moved); dismiss many at once.",
            subcommands: [List.self, Dismiss.self],
            defaultSubcommand: List.self)

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List flags, strongest first.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Option(help: "open, confirmed, dismissed or all.") var status: StatusFilter = .open
            @OptionGroup var filter: FlagFilterOptions

            func run() async throws {
                let flags = try global.open(.read).flags(
                    status: status.status, kinds: filter.kind.kinds, subject: filter.subject, minConfidence: filter.minConfidence,
                    outlet: filter.outlet)
                if output.json { return Output.json(.array(flags.map { $0.json })) }
                if flags.isEmpty { return print("no \(status == .all ? "" : status.rawValue + " ")flags") }
                Output.table(
                    ["ID", "KIND", "STATUS", "CONFIDENCE", "DATES", "MEASURE", "FIGURES"], flags.map(Self.row), flexible: 6,
                    wrap: true)
            }

            static func row(_ f: FlagListing) -> [String] {
                let figures = f.claims.map { c in c.text + " (" + (c.outlet ?? "?") + ")" }
                let isNew = f.members.contains { $0.isNew && !$0.removed }
                return [
                    String(f.id), f.kind + (f.stale ? " (stale)" : ""), f.status + (isNew ? " +new" : ""),
                    String(format: "%.2f", f.confidence) + " " + FlagListing.strength(f.confidence), f.dateRelation, f.title,
                    figures.joined(separator: " vs "),
                ]
            }
        }

        struct Dismiss: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Dismiss every open flag whose measure contains TEXT, after confirming the count.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Option(help: "Only flags whose measure contains this text.") var subject: String
            @Option(help: ArgumentHelp("Why: \(DismissReason.allCases.map(\.rawValue).joined(separator: ", ")).")) var reason:
                DismissReason
            @Option(help: "A note kept with each decision.") var note: String?
            @Flag(help: "Do not ask for confirmation.") var yes = false
            @Flag(help: "Dismiss even the flags another reviewer decided while you were asked.") var force = false

            func validate() throws {
                if subject.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--subject must not be empty") }
            }

            func run() async throws {
                let ledger = try global.open(.write)
                let listed = try ledger.flags(status: .open, subject: subject)
                let ids = listed.map(\.id)
                if ids.isEmpty { return print("no open flags match '\(Terminal.sanitise(subject))'") }
                if !yes {
                    guard Output.stdinIsTerminal else {
                        throw LedgerError.invalid("\(ids.count) flags would be dismissed: add --yes to do it without a terminal")
                    }
                    guard confirmOnTerminal("Dismiss \(ids.count) open flag\(ids.count == 1 ? "" : "s") as \(reason.rawValue)?")
                    else {
                        return print("nothing dismissed")
                    }
                }
                // The flags as listed: one another reviewer decided meanwhile refuses the whole batch.
                let seen = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0.stateEvent) })
                let events = try ledger.decide(
                    .dismiss, flags: ids, reason: reason, note: note, reviewer: reviewer.name, seen: seen, force: force)
                print(
                    "dismissed \(events.count) flag\(events.count == 1 ? "" : "s") as \(reason.rawValue): \(ids.map { "#\($0)" }.joined(separator: ", "))"
                )
            }
        }
    }
}
