import ArgumentParser
import FactLedger

extension DismissReason: ExpressibleByArgument {}

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

/// Reads one line from the terminal for a yes/no question; false without a terminal.
func confirmOnTerminal(_ question: String) -> Bool {
    guard Output.stdinIsTerminal else { return false }
    print(question + " [y/N] ", terminator: "")
    guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
    return answer == "y" || answer == "yes"
}
