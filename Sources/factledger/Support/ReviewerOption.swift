import ArgumentParser
import Foundation

/// `--reviewer`, else `FACTLEDGER_REVIEWER`, else the login name.
struct ReviewerOption: ParsableArguments {
    @Option(help: "Who makes this decision (default: $FACTLEDGER_REVIEWER, else your login name).")
    var reviewer: String?

    var name: String {
        if let reviewer, !reviewer.trimmingCharacters(in: .whitespaces).isEmpty { return reviewer }
        let env = ProcessInfo.processInfo.environment
        if let r = env["FACTLEDGER_REVIEWER"], !r.isEmpty { return r }
        if let login = getlogin().map({ String(cString: $0) }), !login.isEmpty { return login }
        return env["USER"] ?? env["LOGNAME"] ?? "unknown"
    }
}
