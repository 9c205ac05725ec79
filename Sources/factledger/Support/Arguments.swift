import ArgumentParser
import FactLedger

extension DismissReason: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}

/// `--status` of listing commands: a flag status or `all`.
enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
    case open, confirmed, dismissed, all

    var status: FlagStatus? { FlagStatus(rawValue: rawValue) }
}

/// `--kind` of `flags`: conflict, disputed, update, discrepancies (conflicts and disputed: the
/// default) or all.
enum KindFilter: String, ExpressibleByArgument, CaseIterable {
    case conflict, disputed, update, discrepancies, all

    var kinds: Set<FlagKind>? {
        switch self {
        case .discrepancies: FlagKind.discrepancies
        case .all: nil
        default: FlagKind(rawValue: rawValue).map { [$0] }
        }
    }
}

/// The filters `flags` and `review` share: kind, measure and confidence.
struct FlagFilterOptions: ParsableArguments {
    @Option(help: "conflict, disputed, update, discrepancies (conflicts and disputed) or all.") var kind: KindFilter =
        .discrepancies
    @Option(help: "Only flags whose measure contains this text.") var subject: String?
    @Option(help: "Only flags with at least this confidence (0 to 1).") var minConfidence: Double = 0
    @Option(help: "Only flags with a figure from an outlet whose name contains this text.") var outlet: String?

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1.") }
    }
}

/// Reads one line from the terminal for a yes/no question; false without a terminal.
func confirmOnTerminal(_ question: String) -> Bool {
    guard Output.stdinIsTerminal else { return false }
    print(question + " [y/N] ", terminator: "")
    guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
    return answer == "y" || answer == "yes"
}
