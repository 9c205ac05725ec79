import ArgumentParser
import FactLedger

/// `--reviewer`, else `FACTLEDGER_REVIEWER`, else the login name.
struct ReviewerOption: ParsableArguments {
    @Option(help: "Who makes this decision (default: $FACTLEDGER_REVIEWER, else your login name).")
    var reviewer: String?

    var name: String { Reviewer.resolve(reviewer) }
}
