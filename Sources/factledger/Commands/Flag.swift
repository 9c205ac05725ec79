import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct FlagCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flag",
            abstract: "Show one flag with its evidence, or record a decision about it.",
            discussion: "Decisions are appended, never changed: undo adds an event that cancels the latest one.",
            subcommands: [
                Show.self, Confirm.self, Dismiss.self, Note.self, Reopen.self, Undo.self, Rate.self, RemoveClaim.self, Split.self,
                History.self,
            ],
            defaultSubcommand: Show.self)

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show one flag with full context.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: ObjectOutputOptions
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
            @OptionGroup var note: NoteOptions

            func run() async throws {
                try target.record(.confirm, note: note)
            }
        }

        struct Dismiss: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Dismiss a flag, with a reason.")
            @OptionGroup var target: FlagTarget
            @Option(help: ArgumentHelp("Why: \(DismissReason.allCases.map(\.rawValue).joined(separator: ", ")).")) var reason:
                DismissReason
            @OptionGroup var note: NoteOptions

            func run() async throws {
                try target.record(.dismiss, reason: reason, note: note)
            }
        }

        struct Note: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a note to a flag without deciding.")
            @OptionGroup var target: FlagTarget
            @Argument(help: "The note.") var text: String
            @Flag(help: "The note may be published (ClaimReview's ratingExplanation); notes are internal otherwise.")
            var `public` = false

            func run() async throws {
                try target.record(.note, text: text, isPublic: `public`)
            }
        }

        struct Reopen: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Reopen a confirmed or dismissed flag.")
            @OptionGroup var target: FlagTarget
            @OptionGroup var note: NoteOptions

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
                try target.record(.undo, text: nil, isPublic: false, undoEvent: event)
            }
        }

        struct Rate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Say whether one figure of a flag is right: correct, wrong or unverified.",
                discussion: "The figure is a claim id that `flag ID --json` lists. ClaimReview rates the figure so.")
            @OptionGroup var target: FlagTarget
            @Option(help: "The figure's claim id.") var claim: Int64
            @Argument(help: "correct, wrong or unverified.") var verdict: Verdict
            @OptionGroup var note: NoteOptions

            func run() async throws {
                try target.record(.rate, note: note, detail: DecisionDetail(claim: claim, verdict: verdict))
            }
        }

        struct RemoveClaim: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove-claim",
                abstract: "Take a figure out of a flag it does not belong to, with a reason.",
                discussion: "Re-checks keep it out; `flag undo` puts it back.")
            @OptionGroup var target: FlagTarget
            @Argument(help: "The figure's claim id (see `flag ID --json`).") var claim: Int64
            @Option(help: ArgumentHelp("Why: \(DismissReason.allCases.map(\.rawValue).joined(separator: ", ")).")) var reason:
                DismissReason
            @OptionGroup var note: NoteOptions

            func run() async throws {
                try target.record(.removeClaim, reason: reason, note: note, detail: DecisionDetail(claim: claim))
            }
        }

        struct Split: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Move some figures of a flag into a new flag of their own.",
                discussion: "For figures about another event or another quantity. `flag undo` on the old flag undoes the split.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @OptionGroup var output: ObjectOutputOptions
            @Argument(help: "The flag's id.") var id: Int64
            @Option(
                help: "The claim ids to move, comma-separated (see `flag ID --json`).",
                transform: { text in
                    try text.split(separator: ",").map {
                        guard let id = Int64($0.trimmingCharacters(in: .whitespaces)) else {
                            throw ValidationError("--claims takes claim ids separated by commas, e.g. 3,4")
                        }
                        return id
                    }
                })
            var claims: [Int64]
            @Option(help: "A note kept with the split.") var note: String?

            func run() async throws {
                let ledger = try global.open(.write)
                let (event, newFlag) = try ledger.split(flag: id, claims: claims, note: note, reviewer: reviewer.name)
                if output.json {
                    guard case .object(var pairs) = event.json else { return }
                    pairs.append(("new_flag", .int(newFlag)))
                    return Output.json(.object(pairs))
                }
                print(
                    "flag #\(id): split \(claims.count) figure\(claims.count == 1 ? "" : "s") into new flag #\(newFlag) (event #\(event.id))"
                )
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
                            e.action + (e.undoesId.map { " #\($0)" } ?? "") + (e.claimId.map { " claim #\($0)" } ?? "")
                                + (e.verdict.map { " \($0)" } ?? "") + (e.splitFlagId.map { " → flag #\($0)" } ?? "")
                                + (e.undone ? " (undone)" : ""),
                            e.reason ?? "", (e.note ?? "") + (e.isPublic ? " (public)" : ""),
                        ]
                    }, flexible: 5, wrap: true)
            }
        }
    }
}

/// A decision's note: internal (`--note`), or one that may be published (`--public-note`).
struct NoteOptions: ParsableArguments {
    @Option(help: "A note kept with the decision (internal: never published).") var note: String?
    @Option(help: "A note that may be published: ClaimReview's ratingExplanation.") var publicNote: String?

    func validate() throws {
        if note != nil, publicNote != nil { throw ValidationError("give --note or --public-note, not both") }
    }

    var text: String? { publicNote ?? note }
    var isPublic: Bool { publicNote != nil }
}

/// The flag a decision is about, who makes it, and how to print the result.
struct FlagTarget: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var reviewer: ReviewerOption
    @OptionGroup var output: ObjectOutputOptions
    @Argument(help: "The flag's id.") var id: Int64
    @Flag(help: "Decide even when it overturns another reviewer's decision, or the flag changed meanwhile.") var force = false

    /// Records one decision and prints the flag's new status. Overturning another reviewer's
    /// confirm or dismiss needs `--force`; the decision is made on the flag as read here, and
    /// refused when another reviewer changes it before the write.
    func record(
        _ action: ReviewAction, reason: DismissReason? = nil, note: NoteOptions, detail: DecisionDetail = DecisionDetail()
    ) throws {
        try record(action, reason: reason, text: note.text, isPublic: note.isPublic, detail: detail)
    }

    func record(
        _ action: ReviewAction, reason: DismissReason? = nil, text: String?, isPublic: Bool, undoEvent: Int64? = nil,
        detail: DecisionDetail = DecisionDetail()
    ) throws {
        let ledger = try global.open(.write)
        guard let before = try ledger.flag(id: id) else { throw LedgerError.notFound("no flag #\(id)") }
        if !force, Overturn.wouldOverturn(action, lastDecision: before.lastDecision, reviewer: reviewer.name),
            let last = before.lastDecision
        {
            throw LedgerError.changedMeanwhile(
                "flag #\(id) was \(last.action)ed by \(last.reviewer) at \(last.at): add --force to overturn another reviewer's decision"
            )
        }
        var detail = detail
        detail.publicNote = isPublic
        let event = try ledger.decide(
            action, flag: id, reason: reason, note: text, reviewer: reviewer.name, undoEvent: undoEvent, detail: detail,
            seen: [id: before.stateEvent], force: force)
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
        case .note: what = isPublic ? "noted (public)" : "noted"
        case .rate: what = "rated claim #\(detail.claim ?? 0) \(detail.verdict?.rawValue ?? "")"
        case .removeClaim: what = "removed claim #\(detail.claim ?? 0)" + (reason.map { " (\($0.rawValue))" } ?? "")
        default: what = action.rawValue + "ed" + (reason.map { " (\($0.rawValue))" } ?? "")
        }
        print(Terminal.sanitise("flag #\(id): \(what) by \(event.reviewer); now \(status) (event #\(event.id))"))
    }
}
