import ArgumentParser

@main
struct FactLedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factledger",
        abstract: "Extract quotations and figures from news articles, cross-check them, review and report.",
        discussion: """
            The ledger is ./factledger.sqlite unless --db or FACTLEDGER_DB names another file.
            Exit status: 0 success, 1 ran but something failed, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Ingest.self, Articles.self, ArticleShow.self, Quotes.self, Claims.self, Speakers.self, Check.self,
            Flags.self, FlagCommand.self, Review.self, Report.self, Extract.self, Demo.self,
        ]
    )

    @OptionGroup var global: GlobalOptions
}
