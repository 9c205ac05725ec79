import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review open flags one at a time on a terminal, with single keys.",
            discussion: """
                Keys: c confirm, d dismiss (then a reason), n note, s skip, u undo, o open the articles, ? help, q quit.
                The queue takes the filters of `flags`: --kind, --subject, --min-confidence, --outlet.
                `o` pipes the articles to $PAGER (less -R when unset) with the figures marked and their URLs.
                A decision on a flag another reviewer changed since it was shown is not recorded (you are told).
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
                kinds: filter.kind.kinds, subject: filter.subject, minConfidence: filter.minConfidence, outlet: filter.outlet)
            try ReviewSession(ledger: ledger, reviewer: reviewer.name, terminal: terminal, filter: filter).run()
        }
    }
}
