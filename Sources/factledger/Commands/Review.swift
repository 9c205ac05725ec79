import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review open flags one at a time on a terminal, with single keys.",
            discussion: """
                Keys: c confirm, d dismiss (then a reason), n note, s skip, u undo, o open the articles, ? help, q quit.
                The queue takes the filters of `flags`: --kind, --subject, --min-confidence.
                Each decision is saved at once; the next session starts where this one stopped.
                Without a terminal, use `factledger flag confirm|dismiss|note|undo ID`.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var reviewer: ReviewerOption
        @OptionGroup var filter: FlagFilterOptions

        func run() async throws {
            let ledger = try global.open(.write)
            guard let terminal = RawTerminal() else {
                throw LedgerError.invalid(
                    "review needs a terminal; in scripts use `factledger flag confirm|dismiss|note|undo ID`")
            }
            defer { terminal.restore() }
            let filter = ReviewSession.Filter(
                kinds: filter.kind.kinds, subject: filter.subject, minConfidence: filter.minConfidence)
            try ReviewSession(ledger: ledger, reviewer: reviewer.name, terminal: terminal, filter: filter).run()
        }
    }
}
