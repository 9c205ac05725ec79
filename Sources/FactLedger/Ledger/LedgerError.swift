import GRDB

/// Why the ledger could not be opened or written. Messages are one lowercase, actionable line.
public enum LedgerError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(String)
    case folderMissing(String)
    case notADatabase(String)
    case foreign(String)
    case newerSchema(String, [String])
    case olderSchema(String)
    case damaged(String, String)
    case readOnly(String)
    case locked(String)
    case full(String)
    case sqlite(String, String)
    case notFound(String)
    case invalid(String)
    /// A decision made on a view of a flag that another reviewer changed meanwhile.
    case changedMeanwhile(String)

    public var description: String {
        switch self {
        case .missing(let p): return "no ledger at '\(p)': run `factledger init` or `factledger ingest` to create one"
        case .folderMissing(let p): return "cannot create ledger at '\(p)': its folder does not exist"
        case .notADatabase(let p): return "cannot open ledger at '\(p)': file is not a database"
        case .foreign(let p): return "cannot open ledger at '\(p)': it is a SQLite database but not a FactLedger ledger"
        case .newerSchema(let p, let ids):
            return
                "cannot open ledger at '\(p)': it was written by a newer factledger (schema \(ids.joined(separator: ", "))); upgrade factledger"
        case .olderSchema(let p):
            return "ledger at '\(p)' needs an upgrade: run any writing command (e.g. `factledger init`) first"
        case .damaged(let p, let detail):
            return "cannot use ledger at '\(p)': the file is damaged (\(detail)); restore it from a backup"
        case .readOnly(let p): return "cannot write ledger at '\(p)': the file or its folder is read-only"
        case .locked(let p): return "ledger at '\(p)' is busy: another process held it too long; try again"
        case .full(let p): return "cannot write ledger at '\(p)': the disk or database is full; nothing was written"
        case .sqlite(let p, let message): return "ledger at '\(p)': \(message)"
        case .notFound(let what): return what
        case .invalid(let what): return what
        case .changedMeanwhile(let what): return what
        }
    }

    /// Translates a GRDB or SQLite error into a message about the ledger at `path`.
    public static func from(_ error: any Error, path: String) -> any Error {
        if error is LedgerError { return error }
        guard let db = error as? DatabaseError else { return error }
        switch db.resultCode {
        case .SQLITE_NOTADB: return LedgerError.notADatabase(path)
        case .SQLITE_CORRUPT: return LedgerError.damaged(path, db.message ?? "malformed")
        case .SQLITE_READONLY: return LedgerError.readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return LedgerError.locked(path)
        case .SQLITE_FULL: return LedgerError.full(path)
        case .SQLITE_CANTOPEN: return LedgerError.sqlite(path, "cannot open the file (\(db.message ?? "unable to open"))")
        case .SQLITE_IOERR: return LedgerError.sqlite(path, "input/output error (\(db.message ?? "disk I/O error"))")
        default: return LedgerError.sqlite(path, db.message ?? "\(db.resultCode)")
        }
    }
}
