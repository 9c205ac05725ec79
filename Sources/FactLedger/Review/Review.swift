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
