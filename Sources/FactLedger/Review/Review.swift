import Foundation

/// What a reviewer can do to a flag. Each is one appended row in `review_events`.
public enum ReviewAction: String, Hashable, Sendable, CaseIterable, Codable {
    /// A real discrepancy.
    case confirm
    /// Not a discrepancy, with a reason.
    case dismiss
    /// A remark that changes nothing.
    case note
    /// Back to open after a confirm or dismiss.
    case reopen
    /// Cancels the latest decision or note that is still in force.
    case undo
    /// A verdict on one figure of the flag (`Verdict`).
    case rate
    /// Takes one figure out of the flag (it does not belong there), with a reason.
    case removeClaim = "remove-claim"
    /// Moves some figures of the flag into a new flag of their own.
    case split
}

/// A reviewer's verdict on one figure of a flag: what ClaimReview publishes as its rating.
public enum Verdict: String, Hashable, Sendable, CaseIterable, Codable {
    /// The figure is right (another figure of the flag is wrong).
    case correct
    /// The figure is wrong.
    case wrong
    /// The figure could not be verified either way.
    case unverified
}

/// Why a flag was dismissed.
public enum DismissReason: String, Hashable, Sendable, CaseIterable, Codable {
    case differentEvents = "different-events"
    case differentMeasure = "different-measure"
    case rounding
    case revisedFigure = "revised-figure"
    case extractionError = "extraction-error"
    case syndicatedCopy = "syndicated-copy"
    case other

    /// One line per reason, for help texts and the interactive queue.
    public var summary: String {
        switch self {
        case .differentEvents: return "the figures are about different events"
        case .differentMeasure: return "the figures measure different things"
        case .rounding: return "the same figure, rounded differently"
        case .revisedFigure: return "a figure revised later, not a contradiction"
        case .extractionError: return "FactLedger misread a figure or its subject"
        case .syndicatedCopy: return "one story copied by several outlets"
        case .other: return "something else (say what in the note)"
        }
    }
}

/// A flag's status as its events make it.
public enum FlagStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case open, confirmed, dismissed
}

/// The reviewer's name: the option, else `FACTLEDGER_REVIEWER`, else the login name.
public enum Reviewer {
    public static func resolve(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String
    {
        let login = getlogin().map { String(cString: $0) }
        // The account's name from the system: set when there is no terminal and no $USER (cron, CI, sudo -i).
        let account = getpwuid(getuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
        for candidate in [
            explicit, environment["FACTLEDGER_REVIEWER"], login, account, environment["USER"], environment["LOGNAME"],
        ] {
            if let name = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty { return name }
        }
        return "unknown"
    }
}

/// Whether a decision would overturn another reviewer's: a confirm of a flag someone else
/// dismissed, a dismiss of one they confirmed, or a reopen of their decision. `flag confirm|dismiss|
/// reopen` then needs `--force`: two reviewers disagreeing is settled on purpose, not by whoever
/// typed last. Repeating their decision, or changing one's own, is no overturn.
///
/// Example: ana confirmed flag 4; bob's `flag dismiss 4 --reason rounding` is refused, bob's
/// `flag confirm 4` is recorded.
public enum Overturn {
    public static func wouldOverturn(_ action: ReviewAction, lastDecision: ReviewEvent?, reviewer: String) -> Bool {
        guard [.confirm, .dismiss, .reopen].contains(action), let last = lastDecision, last.reviewer != reviewer,
            last.action != ReviewAction.reopen.rawValue
        else { return false }
        return action == .reopen || last.action != action.rawValue
    }
}
