import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct FlagCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flag",
            abstract: "Show one flag with its evidence, or record a decision about it.",
            discussion: "Decisions are appended, never changed: undo adds an event that cancels the latest one.",
            subcommands: [Show.self, Confirm.self, Dismiss.self, Note.self, Reopen.self, Undo.self, History.self],
            defaultSubcommand: Show.self)

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show one flag with full context.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "The flag's id.") var id: Int64

            func run() async throws {
                guard let flag = try global.open(.read).flag(id: id) else { throw LedgerError.notFound("no flag #\(id)") }
                if output.json { return Output.json(flag.json) }
                print(FlagText.render(flag, width: Output.width, color: Output.stdoutIsTerminal))
            }
        }

        struct Confirm: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Confirm a flag: a real discrepancy.")
            @OptionGroup var target: FlagTarget
            @Option(help: "A note kept with the decision.") var note: String?

            func run() async throws {
                try target.record(.confirm, note: note)
            }
        }

        struct Dismiss: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Dismiss a flag, with a reason.")
            @OptionGroup var target: FlagTarget
            @Option(help: ArgumentHelp("Why: \(DismissReason.allCases.map(\.rawValue).joined(separator: ", ")).")) var reason:
                DismissReason
            @Option(help: "A note kept with the decision.") var note: String?

            func run() async throws {
                try target.record(.dismiss, reason: reason, note: note)
            }
        }

        struct Note: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a note to a flag without deciding.")
            @OptionGroup var target: FlagTarget
            @Argument(help: "The note.") var text: String

            func run() async throws {
                try target.record(.note, note: text)
            }
        }

        struct Reopen: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Reopen a confirmed or dismissed flag.")
            @OptionGroup var target: FlagTarget
            @Option(help: "A note kept with the decision.") var note: String?

            func run() async throws {
                try target.record(.reopen, note: note)
            }
        }

        struct Undo: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Cancel your latest decision or note on a flag, or the event --event names.")
            @OptionGroup var target: FlagTarget
            @Option(help: "The event to cancel (see `flag history`), when it is not your latest.") var event: Int64?

            func run() async throws {
                try target.record(.undo, note: nil, undoEvent: event)
            }
        }

        struct History: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Every decision about a flag, oldest first.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "The flag's id.") var id: Int64

            func run() async throws {
                let events = try global.open(.read).history(flag: id)
                if output.json { return Output.json(.array(events.map(\.json))) }
                if events.isEmpty { return print("flag #\(id): no decisions yet") }
                Output.table(
                    ["EVENT", "WHEN", "REVIEWER", "ACTION", "REASON", "NOTE"],
                    events.map { e in
                        [
                            String(e.id), e.at, e.reviewer,
                            e.action + (e.undoesId.map { " #\($0)" } ?? "") + (e.undone ? " (undone)" : ""),
                            e.reason ?? "", e.note ?? "",
                        ]
                    }, flexible: 5)
            }
        }
    }
}

/// The flag a decision is about, who makes it, and how to print the result.
struct FlagTarget: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var output: OutputOptions
    @Argument(help: "The flag's id.") var id: Int64

    /// Records one decision and prints the flag's new status.
    func record(_ action: ReviewAction, reason: DismissReason? = nil, note: String?, undoEvent: Int64? = nil) throws {
        let ledger = try global.open(.write)
        let event = try ledger.decide(
            action, flag: id, reason: reason, note: note, reviewer: reviewer.name, undoEvent: undoEvent)
        let status = try ledger.flag(id: id)?.status ?? "open"
        if output.json {
            guard case .object(var pairs) = event.json else { return }
            pairs.append(("status", .string(status)))
            return Output.json(.object(pairs))
        }
        let what: String
        switch action {
        case .undo:
            let undone = try ledger.history(flag: id).first { $0.id == event.undoesId }
            what = "undid event #\(event.undoesId ?? 0)" + (undone.map { " (\($0.action) by \($0.reviewer))" } ?? "")
        case .note: what = "noted"
        default: what = action.rawValue + "ed" + (reason.map { " (\($0.rawValue))" } ?? "")
        }
        print(Terminal.sanitise("flag #\(id): \(what) by \(event.reviewer); now \(status) (event #\(event.id))"))
    }
}
